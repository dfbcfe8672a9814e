#!/usr/bin/env bash
# Runs every test on a fresh machine: installs the test peers (npm ci from package-lock.json), starts a real
# Azurite on a free loopback port, runs the whole .NET suite, and stops Azurite again, also when a test fails.
set -euo pipefail
cd "$(dirname "$0")"

echo "== npm ci (Azurite, Microsoft 365 Agents Playground, Teams manifest schemas, Dockerfile parser and linter)"
npm ci --no-audit --no-fund --loglevel=error

run_dir=".test-run"
rm -rf "$run_dir" && mkdir -p "$run_dir"

free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

azurite_pid=""
cleanup() {
  if [ -n "$azurite_pid" ] && kill -0 "$azurite_pid" 2>/dev/null; then
    kill "$azurite_pid" 2>/dev/null || true
    wait "$azurite_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT INT TERM

table_port=$(free_port)
echo "== Azurite (table) on 127.0.0.1:$table_port"
node_modules/.bin/azurite-table --tableHost 127.0.0.1 --tablePort "$table_port" --inMemoryPersistence \
  --skipApiVersionCheck --disableTelemetry --silent > "$run_dir/azurite.log" 2>&1 &
azurite_pid=$!
for _ in $(seq 1 100); do
  if node -e "require('net').connect($table_port,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"; then break; fi
  sleep 0.1
done
export COACHBOT_TEST_AZURITE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$table_port/devstoreaccount1;"

echo "== dotnet test"
set +e
dotnet test CoachBot.sln --nologo 2>&1 | tee "$run_dir/dotnet-test.log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole run, summed over the test projects.
summary=$( (grep -E '^\s*(Passed!|Failed!)' "$run_dir/dotnet-test.log" || true) | awk '
  { for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
  END { printf "%d %d %d", p, f, s }')
read -r passed failed skipped <<< "${summary:-0 0 0}"
echo "Tests: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
if [ "${skipped:-0}" != "0" ]; then echo "Skipped tests do not count as passing."; status=1; fi
exit "$status"
