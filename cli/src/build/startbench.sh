#!/usr/bin/env bash
# Cold-start benchmark: wall time of a CLI command (default `compare seeds/`), plain `java -jar`
# against the ./crosscheck launcher, runs interleaved (one of each variant in turn, N rounds) so a
# machine that gets busier or quieter moves every variant alike; prints each variant's median and
# its ratio to plain `java -jar` measured in the same rounds. JDK: $JAVA_HOME (else PATH).
# Usage: cli/src/build/startbench.sh [runs=15] [command args...]
# Extra variants: STARTBENCH_VARIANTS='label=JVM options;label=JVM options' (given to the launcher
# through CROSSCHECK_JAVA_OPTS).
set -u
cd "$(dirname "$0")/../../.."
runs=${1:-15}; shift || true
[ $# -gt 0 ] || set -- compare seeds/
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
labels=("java -jar" "./crosscheck" "./crosscheck --version")
declare -A opts=()
IFS=';' read -r -a extra <<<"${STARTBENCH_VARIANTS:-}"
for v in "${extra[@]}"; do
  [ -n "$v" ] || continue
  labels+=("./crosscheck ${v%%=*}")
  opts["./crosscheck ${v%%=*}"]=${v#*=}
done
run() {
  case "$1" in
    "java -jar") shift; "$java" -jar cli/target/crosscheck.jar "$@" ;;
    "./crosscheck") shift; ./crosscheck "$@" ;;
    "./crosscheck --version") ./crosscheck --version ;;
    *) local label=$1; shift; CROSSCHECK_JAVA_OPTS="${opts[$label]}" ./crosscheck "$@" ;;
  esac
}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for label in "${labels[@]}"; do run "$label" "$@" >/dev/null 2>&1; done # page cache, not the JVM
for ((r = 0; r < runs; r++)); do
  for i in "${!labels[@]}"; do
    start=$(date +%s%N); run "${labels[$i]}" "$@" >/dev/null 2>&1; end=$(date +%s%N)
    echo $(((end - start) / 1000000)) >>"$tmp/$i"
  done
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
"$java" -version 2>&1 | head -1
echo "$runs interleaved rounds of: $*; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end, $(nproc) cores"
base=$(median "$tmp/0")
for i in "${!labels[@]}"; do
  m=$(median "$tmp/$i")
  printf '%-44s %5s ms  %s× java -jar\n' "${labels[$i]}" "$m" "$(awk -v a="$m" -v b="$base" 'BEGIN {printf "%.2f", a / b}')"
done
