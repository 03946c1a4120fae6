#!/usr/bin/env bash
# Build-time training run for fast start: runs `crosscheck compare` on the seeds once per JDK and
# keeps what the JVM learned — a class-data-sharing archive (JDK 17+) or an AOT cache (JDK 25+,
# JEP 483/514) — beside the jar, where the ./crosscheck launcher finds it. Never fails the build:
# without an archive the launcher simply starts a little slower.
set -u
# the launcher's JVM flags: an archive is trained under the options it will be used with
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m"
target=$1
seeds=$2
jar="$target/crosscheck.jar"
[ -f "$jar" ] || exit 0
train() {
  local java=$1 home major
  home=$(dirname "$(dirname "$(readlink -f "$java")")")
  major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null)
  [ -n "$major" ] || return 0
  if [ "$major" -ge 25 ]; then
    "$java" $flags -XX:AOTCacheOutput="$target/crosscheck-$major.aot" -jar "$jar" compare "$seeds" >/dev/null 2>&1 \
      && echo "crosscheck: AOT cache for JDK $major: $target/crosscheck-$major.aot"
  else
    "$java" $flags -XX:ArchiveClassesAtExit="$target/crosscheck-$major.jsa" -jar "$jar" compare "$seeds" >/dev/null 2>&1 \
      && echo "crosscheck: class-data archive for JDK $major: $target/crosscheck-$major.jsa"
  fi
}
train "${JAVA_HOME:-/usr}/bin/java"
for jdk in /usr/lib/jvm/*/bin/java; do
  home=$(dirname "$(dirname "$jdk")")
  [ "$(readlink -f "$home")" = "$(readlink -f "${JAVA_HOME:-/nonexistent}")" ] && continue
  case "$home" in *-25*|*25-*|*jdk-2[5-9]*) train "$jdk" ;; esac
done
exit 0
