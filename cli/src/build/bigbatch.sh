#!/usr/bin/env bash
# Big-batch benchmark: copies the evaluation articles round-robin into a folder of N files and
# reports wall time and peak RSS of `./crosscheck extract` over it (and `compare` with --compare).
# Usage: cli/src/build/bigbatch.sh [N=10000] [--compare]
set -eu
cd "$(dirname "$0")/../../.."
n=${1:-10000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
files=(extractor/src/test/resources/eval*/articles/*)
for ((i = 0; i < n; i++)); do
  f=${files[$((i % ${#files[@]}))]}
  cp "$f" "$dir/$(printf %05d "$i")-${f##*/}"
done
echo "$n articles, $(du -sh "$dir" | cut -f1) in $dir"
/usr/bin/time -f "extract: %e s, peak RSS %M KB" ./crosscheck extract "$dir" >/dev/null
if [ "${2:-}" = --compare ]; then
  /usr/bin/time -f "compare: %e s, peak RSS %M KB" ./crosscheck compare "$dir" >/dev/null || true
fi
