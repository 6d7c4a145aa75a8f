#!/usr/bin/env bash
# Load test of POST /api/v1/bookings on PostgreSQL with wrk (Debian package `wrk`), on this machine's loopback.
# Creates a fresh database (default portal_bench, owned by the test role), starts the built jar with the postgres
# profile and the rate limit lifted, raises every office's capacity to 50 so that the run books for a while instead
# of only hearing "taken", collects all free start times of the next 60 days, and lets wrk post bookings for them
# round-robin, each with its own address. Afterwards it checks in the database that no slot holds more than its
# capacity and that the slot counts equal the bookings.
#
#   ./mvnw -B -DskipTests package && docs/load/booking-load.sh [seconds] [connections] [nodes]
#
# With nodes=2, two portal JVMs (ports PORT and PORT+1, data folders of their own) share the database, and two wrk
# processes send half of the connections each, as a load balancer would spread them.
#
# Needs a local PostgreSQL whose superuser can be reached with `runuser -u postgres` (as .ci/run sets it up);
# PORTAL_BENCH_USER / PORTAL_BENCH_PASSWORD name the role the portal connects with (default: the test role).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
connections=${2:-100}
nodes=${3:-1}
port=${PORT:-18081}
database=${PORTAL_BENCH_DATABASE:-portal_bench}
user=${PORTAL_BENCH_USER:-portal_test}
password=${PORTAL_BENCH_PASSWORD:-portal_test_password}
java=${JAVA_HOME:-/usr}/bin/java
data=$(mktemp -d)
bodies="$data/bodies.jsonl"

runuser -u postgres -- dropdb --if-exists "$database"
runuser -u postgres -- createdb -O "$user" "$database"
sql() { PGPASSWORD="$password" psql -h localhost -U "$user" -d "$database" -qtAc "$1"; }

portals=()
trap 'kill "${portals[@]}" 2>/dev/null; wait "${portals[@]}" 2>/dev/null; rm -rf "$data"' EXIT
for node in $(seq 0 $((nodes - 1))); do
  mkdir -p "$data/node$node"
  "$java" -jar webapp/target/welcome-portal.jar --server.port=$((port + node)) --portal.data-directory="$data/node$node" \
    --spring.profiles.active=postgres --spring.datasource.url="jdbc:postgresql://localhost:5432/$database" \
    --spring.datasource.username="$user" --spring.datasource.password="$password" \
    --portal.api.requests-per-window=1000000 --logging.level.root=warn > "$data/portal$node.log" 2>&1 &
  portals+=($!)
done
for node in $(seq 0 $((nodes - 1))); do
  for _ in $(seq 1 900); do
    kill -0 "${portals[$node]}" 2>/dev/null || { cat "$data/portal$node.log"; exit 1; }
    curl -sf "http://127.0.0.1:$((port + node))/actuator/health" >/dev/null && break
    sleep 0.1
  done
done

sql "update booking_office set capacity = 50"
from=$(date -d tomorrow +%F)
to=$(date -d "+60 days" +%F)
for office in $(curl -sf "http://127.0.0.1:$port/api/v1/offices" | jq -r '.[].id'); do
  for type in first-advice accelerated-procedure; do
    curl -sf "http://127.0.0.1:$port/api/v1/offices/$office/slots?type=$type&from=$from&to=$to" \
      | jq -c --arg office "$office" --arg type "$type" '.days[].times[] | select(.free > 0)
          | {office: $office, type: $type, mode: "ON_SITE", start: .start, name: "Erika Mustermann",
             company: "Mustermann GmbH", email: "EMAIL", topic: "Lasttest"}' >> "$bodies"
  done
done
echo "== $(wc -l < "$bodies") start times at $(curl -sf "http://127.0.0.1:$port/api/v1/offices" | jq length) offices, capacity 50 each"

echo "== warm-up (5 s, 8 connections)"
wrk -t2 -c8 -d5s -s docs/load/booking.lua "http://127.0.0.1:$port" -- "$bodies"
if [ "$nodes" -eq 1 ]; then
  echo "== POST /api/v1/bookings on PostgreSQL: ${seconds}s, $connections connections, 2 threads, 1 node"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency --timeout 10s -s docs/load/booking.lua \
    "http://127.0.0.1:$port" -- "$bodies"
else
  echo "== POST /api/v1/bookings on PostgreSQL: ${seconds}s, $connections connections over $nodes nodes"
  loaders=()
  for node in $(seq 0 $((nodes - 1))); do
    wrk -t1 -c$((connections / nodes)) -d"${seconds}s" --latency --timeout 10s -s docs/load/booking.lua \
      "http://127.0.0.1:$((port + node))" -- "$bodies" > "$data/wrk$node.txt" 2>&1 &
    loaders+=($!)
  done
  wait "${loaders[@]}"
  for node in $(seq 0 $((nodes - 1))); do echo "-- node $node"; cat "$data/wrk$node.txt"; done
fi

echo "== consistency (after the requests still in flight when wrk stopped have finished)"
sleep 3
echo "slots over capacity: $(sql "select count(*) from booking_slot s join booking_office o on o.id = s.office_id where s.booked > o.capacity")"
echo "bookings held or confirmed: $(sql "select count(*) from booking_appointment where status in ('HELD','CONFIRMED')")"
# one statement, one snapshot: every slot's count against the bookings that cover it
echo "slots whose count differs from the bookings covering them: $(sql "
  with covered as (
    select b.office_id, b.starts_at + (i * interval '1 minute' * o.slot_minutes) as slot
    from booking_appointment b join booking_office o on o.id = b.office_id cross join generate_series(0, 47) i
    where b.status in ('HELD', 'CONFIRMED') and i < b.slot_count),
  counted as (select office_id, slot, count(*) as bookings from covered group by office_id, slot)
  select count(*) from booking_slot s full join counted c on c.office_id = s.office_id and c.slot = s.starts_at
  where coalesce(s.booked, 0) <> coalesce(c.bookings, 0)")"
