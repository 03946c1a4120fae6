#!/usr/bin/env bash
# Scale-out test: do two service instances over one PostgreSQL database stay correct together?
# Creates a fresh database, starts instances A and B on it at the same moment while holding
# Flyway's advisory lock (both must wait for it, then one migrates and the other finds the schema
# up to date), measures ingest throughput of A alone against A and B together under the same
# client load (in alternating halves, after a warm-up of both), then drives both at once with
# ScaleOutDriver: the same articles posted to both, stories built through both, corrections
# posted to both while articles join, review decisions racing across instances, an editor logged
# in on A deciding on B (shared CROSSCHECK_SESSION_KEY; CSRF and Origin checked), and B killed
# with SIGKILL mid-load. B is started again and everything acknowledged is read back through
# both: no duplicate article, no lost write, every report identical from A and B and equal to a
# serial rebuild, one winner per race, complete audit trails. Exit 1 if anything fails.
# Loopback only; bounded (each step under `timeout`: about 2.5 minutes in all on the shared 2-core
# machine, 1 without the throughput pair, 10 at most); stops by itself; drops its database.
#
#   CROSSCHECK_DB_KIND=postgresql ./mvnw -q -pl service -am package -DskipTests \
#     -Dquarkus.package.output-directory=quarkus-app-pg
#   service/src/build/scaleout.sh [bench clients=4] [bench seconds=15]
#
# Bench seconds 0 skips the throughput measurement (CI runs it so: the checks only).
# PostgreSQL on 127.0.0.1:5432, user postgres with trust auth (.ci/postgres starts it if it is
# down). JAR= another jar built for PostgreSQL; PORTS="18081 18082" other ports.
set -eu
export PGCONNECT_TIMEOUT=10
root=$(cd "$(dirname "$0")/../../.." && pwd)
clients=${1:-4}
seconds=${2:-15}
jar=$(realpath "${JAR:-$root/service/target/quarkus-app-pg/quarkus-run.jar}")
read -r port_a port_b <<<"${PORTS:-18081 18082}"
a="http://127.0.0.1:$port_a"
b="http://127.0.0.1:$port_b"
db="crosscheck_scaleout_$$"
pg=(-h 127.0.0.1 -p 5432 -U postgres)
driver="$root/service/src/build/ScaleOutDriver.java"
work=$(mktemp -d)
pid_a=
pid_b=
holder=
cleanup() {
  for p in $pid_a $pid_b $holder; do kill -9 "$p" 2>/dev/null || true; done
  for p in $pid_a $pid_b; do gone "$p" || true; done
  dropdb "${pg[@]}" --if-exists --force "$db" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 3' INT TERM

[ -f "$jar" ] || { echo "no jar built for PostgreSQL at $jar (see the top of this script)" >&2; exit 2; }
pg_isready -q "${pg[@]:0:4}" || "$root/.ci/postgres" >/dev/null
createdb "${pg[@]}" "$db"

# alice's password is desk-Passw0rd (the tests' editor); each key is its client's name, as
# ScaleOutDriver sends it and the audit trail records it
hash='$2a$10$NZQ.ldKvWaO/ZS4xPx/cQu3rqYNYkmDPjUcT6o1EkJBGe1ld.aPky'
session_key=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
keys='so-cms=so-cms:ingest,so-desk-a=so-desk-a:editor+ingest,so-desk-b=so-desk-b:editor+ingest'
start() { # port log → pid in $started (started from a subshell: no job, so a kill -9 is no news)
  (
    CROSSCHECK_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" CROSSCHECK_DB_USER=postgres \
    CROSSCHECK_API_KEYS="$keys" CROSSCHECK_EDITORS="alice:$hash" \
    CROSSCHECK_SESSION_KEY="$session_key" QUARKUS_HTTP_PORT=$1 QUARKUS_HTTP_HOST=127.0.0.1 \
      java -jar "$jar" >>"$work/$2" 2>&1 &
    echo $! >"$work/$2.pid"
  )
  started=$(cat "$work/$2.pid")
}
gone() { # pid: 0 once the process has exited, a zombie counting as exited (10 s at most)
  for _ in $(seq 100); do
    kill -0 "$1" 2>/dev/null || return 0
    [ "$(cut -d' ' -f3 "/proc/$1/stat" 2>/dev/null)" = Z ] && return 0
    sleep 0.1
  done
  return 1
}
ready() { # url pid log [tries]: 0 once ready, 1 if the process died or it never got ready
  for _ in $(seq "${4:-120}"); do
    curl -sf "$1/q/health/ready" >/dev/null && return 0
    kill -0 "$2" 2>/dev/null || break
    sleep 0.5
  done
  echo "the service at $1 did not start; its log:" >&2
  tail -20 "$work/$3" >&2
  return 1
}
status=0
check() { echo "$1"; [ "$2" = ok ] || { echo "FAIL: $1" >&2; status=1; }; }

echo "== Flyway: A and B start at once on an empty database while its migration lock is held"
lock=$(timeout 60 java "$driver" lock-key)
PGAPPNAME=scaleout-lock psql "${pg[@]}" -q -d "$db" \
  -c "SELECT pg_advisory_lock($lock); SELECT pg_sleep(40)" >/dev/null 2>&1 &
holder=$!
held=0
for _ in $(seq 100); do # the instances start only once the lock is ours (10 s at most)
  held=$(psql "${pg[@]}" -d "$db" -tAc "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a
    USING (pid) WHERE a.application_name = 'scaleout-lock' AND l.locktype = 'advisory'
    AND l.granted")
  [ "$held" = 1 ] && break
  sleep 0.1
done
[ "$held" = 1 ] || { echo "could not take Flyway's lock on $db" >&2; exit 2; }
start "$port_a" a.log; pid_a=$started
start "$port_b" b.log; pid_b=$started
# Flyway polls the lock with pg_try_advisory_xact_lock: both instances' connections must be seen
# asking for it while no table exists yet; then the lock's session is ended, which releases it
waiting=0
for _ in $(seq 60); do
  sleep 0.5
  read -r waiting tables < <(psql "${pg[@]}" -d "$db" -tA -F ' ' -c "SELECT
    (SELECT count(DISTINCT pid) FROM pg_stat_activity
      WHERE datname = '$db' AND pid <> pg_backend_pid()
        AND query LIKE '%pg_try_advisory%lock($lock)%'),
    (SELECT count(*) FROM pg_tables WHERE schemaname = 'public')")
  [ "$waiting" = 2 ] && break
done
[ "$waiting" = 2 ] && [ "$tables" = 0 ] && r=ok || r=bad
check "while the lock is held: $waiting instances polling it, tables created: $tables" $r
psql "${pg[@]}" -d "$db" -tAc "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
  WHERE datname = '$db' AND application_name = 'scaleout-lock'" >/dev/null
wait "$holder" 2>/dev/null || true; holder=
ready "$a" $pid_a a.log && ready "$b" $pid_b b.log || exit 2
# Flyway takes PostgreSQL's lock per migration's transaction and reads the history again under it,
# so the two may share the migrations (A applies 1, B 2 to 4): right, as long as each migration is
# applied once, by one of them, and none fails. Usually one applies all and the other finds the
# schema up to date.
applied=$(grep -c 'Successfully applied' "$work/a.log" "$work/b.log" | awk -F: '{s+=$2} END {print s}')
migrations=$(grep -ho 'Successfully applied [0-9]* migration' "$work/a.log" "$work/b.log" |
  awk '{s+=$3} END {print s+0}')
uptodate=$(grep -c 'is up to date' "$work/a.log" "$work/b.log" | awk -F: '{s+=$2} END {print s}')
history=$(psql "${pg[@]}" -d "$db" -tAc \
  "SELECT string_agg(version || ':' || success, ' ' ORDER BY installed_rank) FROM flyway_schema_history")
read -r rows versions failed < <(psql "${pg[@]}" -d "$db" -tA -F ' ' -c "SELECT count(*),
  count(DISTINCT version), count(*) FILTER (WHERE NOT success) FROM flyway_schema_history")
[ "$rows" -gt 0 ] && [ "$migrations" = "$rows" ] && [ "$versions" = "$rows" ] \
  && [ "$failed" = 0 ] && [ $((applied + uptodate)) = 2 ] && r=ok || r=bad
check "both up; $migrations migrations applied by $applied instance(s), each once, none failed; found up to date by $uptodate; history: $history" $r

if [ "$seconds" -gt 0 ]; then
  echo "== throughput: $clients clients, ${seconds} s on A alone and ${seconds} s on A and B, in turns"
  timeout $((seconds * 2 + 150)) java "$driver" bench "$a" "$b" \
    "$root/extractor/src/test/resources/eval/articles" "$clients" "$seconds" || status=1
fi

echo "== both at once, B killed with SIGKILL mid-load"
timeout 180 java "$driver" load "$a" "$b" "$work" $pid_b || status=1
gone $pid_b || { echo "FAIL: B was not killed" >&2; status=1; }
start "$port_b" b.log; pid_b=$started
ready "$b" $pid_b b.log || exit 2
psql "${pg[@]}" -d "$db" -tAc "SELECT id FROM article" >"$work/db-articles"
dupes=$(psql "${pg[@]}" -d "$db" -tAc \
  "SELECT count(*) FROM (SELECT url FROM article WHERE url IS NOT NULL
   GROUP BY url HAVING count(*) > 1) d")
[ "$dupes" = 0 ] && r=ok || r=bad
check "urls stored more than once: $dupes" $r
timeout 120 java "$driver" verify "$a" "$b" "$work" || status=1
psql "${pg[@]}" -d "$db" -tA -F ' ' -c "SELECT count(*), round(avg(pg_column_size(a.*))),
  pg_size_pretty(pg_database_size('$db')) FROM article a" | {
  read -r n avg size
  echo "database: $n articles, $avg bytes a row on average (text and extraction), $size in all"
}
errors=$(grep -c ' ERROR ' "$work/a.log" "$work/b.log" | awk -F: '{s+=$2} END {print s}')
[ "$errors" = 0 ] && r=ok || { r=bad; grep -h -A3 ' ERROR ' "$work/a.log" "$work/b.log" | head -30 >&2; }
check "errors in the services' logs: $errors" $r

[ $status -eq 0 ] && echo "scale-out test: two instances over one database stayed correct" \
  || echo "scale-out test: FAILED"
exit $status
