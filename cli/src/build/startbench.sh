#!/usr/bin/env bash
# Cold-start benchmark: median wall time of N runs of a CLI command, plain `java -jar` against the
# ./crosscheck launcher, on the JDK in $JAVA_HOME (else PATH). Usage:
#   cli/src/build/startbench.sh [runs] [command args...]      (default: 15 runs of `compare seeds/`)
set -u
cd "$(dirname "$0")/../../.."
runs=${1:-15}; shift || true
[ $# -gt 0 ] || set -- compare seeds/
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() {
  local start end
  start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}
measure() {
  local label=$1; shift
  "$@" >/dev/null 2>&1 # warm the page cache, not the JVM
  for _ in $(seq "$runs"); do time_ms "$@"; done | median | xargs printf '%-34s %5s ms\n' "$label"
}
"$java" -version 2>&1 | head -1
measure "java -jar crosscheck.jar $*" "$java" -jar cli/target/crosscheck.jar "$@"
measure "./crosscheck $*" ./crosscheck "$@"
measure "./crosscheck --version" ./crosscheck --version
