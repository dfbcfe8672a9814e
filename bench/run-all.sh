#!/usr/bin/env bash
# Every benchmark of issue 7, each conversation run repeated (default 3) because the machine may be shared:
#   bench/run-all.sh [repeats] [outdir]
# Needs `npm ci` once for Azurite. Output: one file per run in outdir (default .test-run/bench), key lines printed.
set -euo pipefail
cd "$(dirname "$0")/.."
repeats="${1:-3}"
out="${2:-.test-run/bench}"
mkdir -p "$out"
dotnet build -c Release bench/CoachBot.Bench --nologo -v quiet > /dev/null
exe=bench/CoachBot.Bench/bin/Release/net10.0/CoachBot.Bench
keys='^(CoachBot benchmark|backend|users|conversations|turns/s|latency p50|latency p95|latency p99|replies received|errors|wrong replies|cpu/turn|reads/turn|writes/turn|record written|working set|seeded|users due|elapsed|check-ins/s|sent|users reached|duplicates|missing|peak memory) '
run() {
  local name="$1"; shift
  echo "== $name: $*"
  "$exe" "$@" 2>&1 | grep -Ev '^(warn|info):|^      ' > "$out/$name.txt"
  grep -E "$keys" "$out/$name.txt" | grep -Ev '^CoachBot benchmark'
}
for i in $(seq 1 "$repeats"); do
  run "memory-32-$i" --backend memory --users 32 --seconds 20
  run "memory-4-$i" --backend memory --users 4 --seconds 20
  run "sqlite-32-$i" --backend sqlite --users 32 --seconds 20
  run "azurite-32-$i" --backend azurite --users 32 --seconds 20
done
run "memory-10k-conversations" --backend memory --users 32 --seconds 120 --max-conversations 10000
run "dispatch-memory" --scenario dispatch --backend memory --dispatch-users 100000 --tenants 100000 --seconds 600
run "dispatch-sqlite" --scenario dispatch --backend sqlite --dispatch-users 100000 --tenants 100000 --seconds 600
run "dispatch-paced-100-tenants" --scenario dispatch --backend memory --dispatch-users 2000 --tenants 100 --seconds 600
