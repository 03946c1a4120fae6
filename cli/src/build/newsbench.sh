#!/usr/bin/env bash
# Bulk throughput on real news: builds ~20 MB of article files from ../shared/corpus/gva-weak (real
# page scrapes, outside this repository; read at run time, never copied into it) in a temporary
# folder — 5,000 files, each a few of its articles one after another — and times
# `./crosscheck extract` over it against plain `java -jar`, interleaved (one of each in turn, N
# rounds); prints medians of wall time and of user CPU time, MB/s and each variant's ratio to
# `java -jar` from the same rounds.
# Usage: cli/src/build/newsbench.sh [rounds=3] [megabytes=20]   (CROSSCHECK_SHARED: the shared folder)
# Extra variants as in startbench.sh: STARTBENCH_VARIANTS='label=JVM options;…'; NEWSBENCH_THREADS='1 4'
# adds `./crosscheck extract --threads N` for each N; NEWSBENCH_OTHER=../other-worktree adds that
# build's launcher (e.g. main's, for a before/after in the same rounds).
set -eu
cd "$(dirname "$0")/../../.."
rounds=${1:-3}
mb=${2:-20}
corpus=${CROSSCHECK_SHARED:-../shared}/corpus/gva-weak/documents
[ -d "$corpus" ] || { echo "newsbench: $corpus not found (it lives beside the repository)" >&2; exit 2; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$corpus" "$dir" "$mb" <<'PY'
import os, sys
corpus, out, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
docs = sorted(os.path.join(corpus, f) for f in os.listdir(corpus) if f.endswith(".txt"))
texts = [open(d, encoding="utf-8").read().strip() for d in docs]
files, per = 5000, mb * 1_000_000 // 5000
i = total = 0
for n in range(files):
    parts, size = [], 0
    while not parts or total + size < (n + 1) * per:
        t = texts[i % len(texts)]
        i += 1
        parts.append(t)
        size += len(t.encode("utf-8")) + 2
    total += size
    with open(os.path.join(out, f"{n:05d}.txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(parts) + "\n")
PY
bytes=$(du -sb "$dir" | cut -f1)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
labels=("java -jar" "./crosscheck")
declare -A opts=()
IFS=';' read -r -a extra <<<"${STARTBENCH_VARIANTS:-}"
for v in "${extra[@]}"; do
  [ -n "$v" ] || continue
  labels+=("./crosscheck ${v%%=*}")
  opts["./crosscheck ${v%%=*}"]=${v#*=}
done
for n in ${NEWSBENCH_THREADS:-}; do
  labels+=("./crosscheck --threads $n")
done
if [ -n "${NEWSBENCH_OTHER:-}" ]; then
  labels+=("$NEWSBENCH_OTHER/crosscheck")
fi
run() {
  case "$1" in
    "java -jar") "$java" -jar cli/target/crosscheck.jar extract -q "$dir" ;;
    "./crosscheck") ./crosscheck extract -q "$dir" ;;
    "./crosscheck --threads "*) ./crosscheck extract -q --threads "${1##* }" "$dir" ;;
    "${NEWSBENCH_OTHER:-}/crosscheck") "$1" extract -q "$dir" ;;
    *) CROSSCHECK_JAVA_OPTS="${opts[$1]}" ./crosscheck extract -q "$dir" ;;
  esac
}
tmp=$(mktemp -d); trap 'rm -rf "$dir" "$tmp"' EXIT
for ((r = 0; r < rounds; r++)); do
  for i in "${!labels[@]}"; do
    start=$(date +%s%N)
    # user CPU of the finished children (cutime in /proc/PID/stat, in clock ticks), before and after
    before=$(awk '{print $16}' /proc/$$/stat)
    run "${labels[$i]}" >/dev/null
    after=$(awk '{print $16}' /proc/$$/stat)
    end=$(date +%s%N)
    echo $(((end - start) / 1000000)) >>"$tmp/$i"
    echo $(((after - before) * 1000 / $(getconf CLK_TCK))) >>"$tmp/$i.user"
  done
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
"$java" -version 2>&1 | head -1
echo "extract of $(ls "$dir" | wc -l) files, $bytes bytes; $rounds interleaved rounds; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end, $(nproc) cores"
base=$(median "$tmp/0")
printf '%-40s %9s  %9s  %9s  %s\n' variant "wall" "MB/s" "user CPU" "wall / java -jar"
for i in "${!labels[@]}"; do
  m=$(median "$tmp/$i")
  printf '%-40s %6s ms  %9s  %6s ms  %s\n' "${labels[$i]}" "$m" \
    "$(awk -v b="$bytes" -v m="$m" 'BEGIN {printf "%.1f", b / 1e6 / (m / 1000)}')" \
    "$(median "$tmp/$i.user")" \
    "$(awk -v a="$m" -v b="$base" 'BEGIN {printf "%.2f", a / b}')"
done
