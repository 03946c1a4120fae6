#!/usr/bin/env bash
# Service load benchmark: starts the built service on a fresh embedded H2 database in a temporary
# folder, drives it with LoadDriver (loopback), stops it. Build first: ./mvnw -q package -DskipTests
# Usage: service/src/build/loadbench.sh [threads=8] [seconds=20] [max requests=20000]
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d)
port=${PORT:-18080}
cd "$work"
CROSSCHECK_API_KEYS='bench-key:ingest+editor' QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 \
  java -jar "$root/service/target/quarkus-app/quarkus-run.jar" >"$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
# a loaded machine can take a while to start it; never drive a service that is not up
ready=
for _ in $(seq 240); do
  curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && { ready=1; break; }
  kill -0 $pid 2>/dev/null || break
  sleep 0.5
done
if [ -z "$ready" ]; then
  echo "the service did not start; its log:" >&2
  tail -20 "$work/service.log" >&2
  exit 2
fi
java "$root/service/src/build/LoadDriver.java" "http://127.0.0.1:$port" bench-key \
  "$root/extractor/src/test/resources/eval/articles" "${1:-8}" "${2:-20}" "${3:-20000}"
echo "service peak RSS: $(grep VmHWM /proc/$pid/status | awk '{print $2, $3}')"
