#!/usr/bin/env bash
# The semantic matcher's cost to the published app (issue 11 budgets): time from process start to the first answered
# request, and resident memory once the matcher is ready (or, when it is off, after the same wait), with
# Understanding:Matcher=Off and =Embeddings, started alternately. The matcher loads its model only when the host
# registers candidate sets (an ICandidateSetSource); without them both modes cost the same.
# Usage: bench/understanding.sh [runs]   (publishes Release into .test-run/publish first; set NO_PUBLISH=1 to reuse it)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
out=".test-run/publish"
[ "${NO_PUBLISH:-}" = "1" ] || dotnet publish src/CoachBot -c Release -o "$out" --nologo -v quiet > /dev/null
echo "published size: $(du -sm "$out" | cut -f1) MB"
port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
work=$(mktemp -d)
for i in $(seq 1 "$runs"); do
  for mode in Off Embeddings; do
    rm -rf "$work/data"
    start=$(date +%s%N)
    (cd "$work" && Understanding__Matcher=$mode Storage__Provider=Memory CheckIns__Enabled=false \
      exec dotnet "$OLDPWD/$out/CoachBot.dll" --urls "http://127.0.0.1:$port" > "$work/log.txt" 2>&1) &
    pid=$!
    until curl -sf "http://127.0.0.1:$port/healthz" > /dev/null; do sleep 0.01; done
    first=$(( ($(date +%s%N) - start) / 1000000 ))
    ready=""
    for _ in $(seq 1 600); do
      if grep -q "Semantic matcher ready" "$work/log.txt"; then ready=$(( ($(date +%s%N) - start) / 1000000 )); break; fi
      if [ "$mode" = "Off" ] && [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 8000 ]; then break; fi
      sleep 0.05
    done
    sleep 1
    rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "run $i, matcher $mode: first answer after $first ms, ${ready:+matcher ready after $ready ms, }resident $rss MB"
  done
done
rm -rf "$work"
