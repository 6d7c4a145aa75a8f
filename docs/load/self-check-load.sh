#!/usr/bin/env bash
# Load test of POST /api/v1/self-check next to a trivial endpoint of the same app (GET /actuator/health), with wrk
# (Debian package `wrk`) on this machine's loopback only. Starts the built jar with the rate limit lifted, runs
# both loads one after the other with the same connections and threads, prints wrk's summaries, stops the portal.
#
#   ./mvnw -B -DskipTests package && docs/load/self-check-load.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
connections=${2:-32}
port=${PORT:-18080}
java=${JAVA_HOME:-/usr}/bin/java
cases=$(mktemp)
data=$(mktemp -d)
python3 -c "import json,sys; [print(json.dumps(c['request'])) for c in json.load(open('../shared/testdata/self-check-cases.json'))]" > "$cases"

"$java" -jar webapp/target/welcome-portal.jar --server.port="$port" --portal.data-directory="$data" \
  --portal.api.requests-per-window=1000000 --logging.level.root=warn > "$data/portal.log" 2>&1 &
portal=$!
trap 'kill $portal 2>/dev/null; wait $portal 2>/dev/null; rm -rf "$cases" "$data"' EXIT
for _ in $(seq 1 600); do
  kill -0 $portal 2>/dev/null || { cat "$data/portal.log"; exit 1; }
  curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break
  sleep 0.1
done

echo "== warm-up (10 s)"
wrk -t2 -c"$connections" -d10s -s docs/load/self-check.lua "http://127.0.0.1:$port" -- "$cases" >/dev/null
echo "== POST /api/v1/self-check: ${seconds}s, $connections connections, 2 threads"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s docs/load/self-check.lua "http://127.0.0.1:$port" -- "$cases"
echo "== GET /actuator/health (trivial endpoint, same app): ${seconds}s, $connections connections, 2 threads"
wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/actuator/health"
