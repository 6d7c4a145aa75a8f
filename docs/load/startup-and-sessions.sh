#!/usr/bin/env bash
# Start-up time to healthy, and heap per active Vaadin UI session, of the built jar on this machine.
#
#   ./mvnw -B -DskipTests package && docs/load/startup-and-sessions.sh [sessions] [route]
#
# Starts the jar on a fresh data folder (embedded H2, as a first start does: Flyway migrations, content import,
# search index built), measures the wall time from `java -jar` until /actuator/health answers UP, then opens
# [sessions] Vaadin UI sessions over plain HTTP the way a browser does (GET the page; the `v-r=init` request that
# creates the UI; the `ui-navigate` event that builds the view of [route]; each with its own cookie jar), on [route]
# (default: the start page; e.g. self-check).
# Heap is read with `jcmd GC.heap_info` after `jcmd GC.run` before and after; the difference per session is the figure.
set -euo pipefail
cd "$(dirname "$0")/../.."
sessions=${1:-500}
route=${2:-}
port=${PORT:-18090}
java=${JAVA_HOME:-/usr}/bin/java
jcmd=${JAVA_HOME:-/usr}/bin/jcmd
data=$(mktemp -d)

start=$(date +%s%N)
PORTAL_ADMIN_PASSWORD=Start-Messung-2026 "$java" -Xmx1g -jar webapp/target/welcome-portal.jar --server.port="$port" \
  --portal.data-directory="$data" --logging.level.root=warn > "$data/portal.log" 2>&1 &
portal=$!
trap 'kill $portal 2>/dev/null; wait $portal 2>/dev/null; rm -rf "$data"' EXIT
until curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q UP; do
  kill -0 $portal 2>/dev/null || { cat "$data/portal.log"; exit 1; }
  sleep 0.05
done
echo "start-up to healthy: $(( ($(date +%s%N) - start) / 1000000 )) ms (java -jar until /actuator/health is UP)"

open_session() {
  local jar="$data/cookies-$1" key
  curl -sf -c "$jar" -o /dev/null "http://127.0.0.1:$port/$route"
  key=$(curl -sf -b "$jar" -c "$jar" "http://127.0.0.1:$port/$route?v-r=init&location=$route&query=" \
    | jq -r '.appConfig.uidl["Vaadin-Security-Key"]')
  curl -sf -b "$jar" -c "$jar" -H 'Content-Type: application/json' "http://127.0.0.1:$port/?v-r=uidl&v-uiId=0" \
    -d '{"csrfToken":"'"$key"'","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"'"$route"'",
        "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}' \
    | grep -q '"syncId":1'
  rm -f "$jar"
}
export -f open_session
export data port route

used_heap() {
  "$jcmd" $portal GC.run > /dev/null; sleep 1; "$jcmd" $portal GC.run > /dev/null
  "$jcmd" $portal GC.heap_info | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -1
}
seq 1 20 | xargs -P 4 -I{} bash -c 'open_session warm{}'  # warm-up: classes loaded, caches filled
before=$(used_heap)
seq 1 "$sessions" | xargs -P 4 -I{} bash -c 'open_session {}'
after=$(used_heap)
echo "heap used after full GC: ${before} KiB before, ${after} KiB with $sessions more UI sessions on /$route"
echo "heap per active UI session: $(( (after - before) / sessions )) KiB"
