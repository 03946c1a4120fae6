#!/usr/bin/env bash
# Build-time training runs for fast start: runs `crosscheck compare` and `crosscheck extract` on the
# seeds once per JDK and keeps what the JVM learned — a class-data-sharing archive (JDK 17+) or an AOT cache (JDK 25+,
# JEP 483/514) — beside the jar, where the ./crosscheck launcher finds it. Never fails the build:
# without an archive the launcher simply starts a little slower.
set -u
# the launcher's JVM flags: an archive is trained under the options it will be used with
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms80m -Xmn64m"
target=$1
seeds=$2
jar="$target/crosscheck.jar"
[ -f "$jar" ] || exit 0
train() {
  local java=$1 home major
  home=$(dirname "$(dirname "$(readlink -f "$java")")")
  major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null)
  [ -n "$major" ] || return 0
  # one archive per workload: a JVM archives only the classes its run loaded, and `extract` loads
  # the JSON writer (Jackson, ~300 classes) that `compare`'s table never touches, while `compare`
  # loads the comparator; the launcher picks by the command's name
  workload "$java" "$major" "" compare
  workload "$java" "$major" extract- extract
}
workload() {
  local java=$1 major=$2 prefix=$3 command=$4
  if [ "$major" -ge 25 ]; then
    "$java" $flags -XX:AOTCacheOutput="$target/crosscheck-$prefix$major.aot" -jar "$jar" "$command" "$seeds" >/dev/null 2>&1 \
      && echo "crosscheck: AOT cache for JDK $major ($command): $target/crosscheck-$prefix$major.aot"
  else
    "$java" $flags -XX:ArchiveClassesAtExit="$target/crosscheck-$prefix$major.jsa" -jar "$jar" "$command" "$seeds" >/dev/null 2>&1 \
      && echo "crosscheck: class-data archive for JDK $major ($command): $target/crosscheck-$prefix$major.jsa"
  fi
}
train "${JAVA_HOME:-/usr}/bin/java"
for jdk in /usr/lib/jvm/*/bin/java; do
  home=$(dirname "$(dirname "$jdk")")
  [ "$(readlink -f "$home")" = "$(readlink -f "${JAVA_HOME:-/nonexistent}")" ] && continue
  case "$home" in *-25*|*25-*|*jdk-2[5-9]*) train "$jdk" ;; esac
done
exit 0
