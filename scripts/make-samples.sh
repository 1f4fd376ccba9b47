#!/bin/sh
# Regenerates sample-packages/ from ../shared/fixtures/posthog (byte-identical every time).
# SamplePackagesTest fails when the committed samples differ from what this writes.
set -eu
cd "$(dirname "$0")/.."
FIXTURES="${1:-../shared/fixtures/posthog}"
[ -f target/phreplay.jar ] || mvn -B -q -o -DskipTests package
java -cp "target/phreplay.jar:target/lib/*" dev.phreplay.format.samples.SamplePackages "$FIXTURES" sample-packages
java -jar target/phreplay.jar validate sample-packages/*.phreplay
