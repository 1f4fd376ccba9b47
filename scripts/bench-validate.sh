#!/bin/sh
# Benchmark (not a test): validate a generated package of ~200 MB of uncompressed events within
# -Xmx256m and report time and memory. Usage: scripts/bench-validate.sh [SIZE_MB] [WORKDIR]
set -eu
cd "$(dirname "$0")/.."
SIZE="${1:-200}"
WORK="${2:-target/bench}"
[ -f target/phreplay.jar ] || mvn -B -q -o -DskipTests package
mkdir -p "$WORK"
BIG="$WORK/big-$SIZE.phreplay"
if [ ! -f "$BIG" ]; then
  java -Xmx256m -jar target/phreplay.jar generate -o "$BIG" --size-mb "$SIZE" >/dev/null
fi
ls -l "$BIG"
TIME=/usr/bin/time
if [ -x "$TIME" ]; then
  "$TIME" -v java -Xmx256m -jar target/phreplay.jar validate "$BIG" 2>&1 \
    | grep -E 'valid|Elapsed|Maximum resident|User time|System time'
else
  time java -Xmx256m -jar target/phreplay.jar validate "$BIG"
fi
