#!/usr/bin/env bash
# Time from process start to the first answered request, for the published app (issue 7 target: under 1.5 s).
# Usage: bench/startup.sh [runs]   (publishes Release into .test-run/publish first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
out=".test-run/publish"
dotnet publish src/CoachBot -c Release -o "$out" --nologo -v quiet > /dev/null
port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
work=$(mktemp -d)
for i in $(seq 1 "$runs"); do
  rm -rf "$work/data"
  start=$(date +%s%N)
  (cd "$work" && exec dotnet "$OLDPWD/$out/CoachBot.dll" --urls "http://127.0.0.1:$port" > "$work/log.txt" 2>&1) &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/healthz" > /dev/null; do sleep 0.01; done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "run $i: first answer after $(( (end - start) / 1000000 )) ms"
done
rm -rf "$work"
