#!/usr/bin/env bash
# Crash test: does every write the service acknowledged (2xx) survive kill -9?
# Starts the built service, loads it with CLIENTS clients posting articles and story additions
# over loopback, kills it with SIGKILL mid-load (after 100-199 acknowledged writes), starts it
# again on the same database and reads back every acknowledged article and story addition (lost,
# broken or duplicated → exit 1). ROUNDS times, on one database. Bounded: at most MAX requests
# and 30 s of load per round, 40 s to the kill; stops by itself.
#
#   ./mvnw -q package -DskipTests && service/src/build/crashtest.sh [rounds=3] [clients=4]
#
# H2 (the default): a fresh ./data in a temporary folder. PostgreSQL: build the jar for it and
# name an empty database, e.g.
#   CROSSCHECK_DB_KIND=postgresql ./mvnw -q -pl service -am package -DskipTests \
#     -Dquarkus.package.output-directory=quarkus-app-pg
#   createdb -h 127.0.0.1 -U postgres crosscheck_crash
#   JAR=service/target/quarkus-app-pg/quarkus-run.jar CROSSCHECK_DB_USER=postgres \
#     CROSSCHECK_DB_URL=jdbc:postgresql://127.0.0.1:5432/crosscheck_crash service/src/build/crashtest.sh
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
rounds=${1:-3}
clients=${2:-4}
max=${MAX:-3000}
port=${PORT:-18181}
base="http://127.0.0.1:$port"
key=crash-key
jar=$(realpath "${JAR:-$root/service/target/quarkus-app/quarkus-run.jar}")
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill -9 $pid 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"

start() {
  CROSSCHECK_API_KEYS="$key:ingest+editor" QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 \
    java -jar "$jar" >>"$work/service.log" 2>&1 &
  pid=$!
  for _ in $(seq 120); do
    curl -sf "$base/q/health/ready" >/dev/null && return 0
    kill -0 $pid 2>/dev/null || break
    sleep 0.5
  done
  echo "the service did not start; its log:" >&2
  tail -20 "$work/service.log" >&2
  exit 2
}

status=0
touch "$work/acked.log"
for round in $(seq "$rounds"); do
  start
  java "$root/service/src/build/CrashDriver.java" load "$base" "$key" "$work/acked.log" \
    "$round" "$clients" "$max" 30 &
  driver=$!
  # kill mid-load, once 100-199 more writes were acknowledged (a different moment each round),
  # or after 40 s whatever the count
  target=$(( $(wc -l <"$work/acked.log" 2>/dev/null || echo 0) + 100 + RANDOM % 100 ))
  for _ in $(seq 200); do
    [ "$(wc -l <"$work/acked.log" 2>/dev/null || echo 0)" -ge $target ] && break
    kill -0 $driver 2>/dev/null || break
    sleep 0.2
  done
  kill -9 $pid
  wait $pid 2>/dev/null || true
  wait $driver
  start
  java "$root/service/src/build/CrashDriver.java" verify "$base" "$key" "$work/acked.log" \
    || status=1
  kill $pid
  wait $pid 2>/dev/null || true
  pid=
done
[ $status -eq 0 ] && echo "crash test: no acknowledged write lost in $rounds rounds" \
  || echo "crash test: acknowledged writes were LOST"
exit $status
