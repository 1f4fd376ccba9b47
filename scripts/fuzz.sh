#!/bin/sh
# Runs a real Jazzer campaign on one fuzz target (or all of them in turn) for MINUTES each.
#   scripts/fuzz.sh TARGET MINUTES      e.g. scripts/fuzz.sh decoder 5;  scripts/fuzz.sh all 3
# Targets: validator importer decoder mirror mirror-events css all. See docs/FUZZING.md.
# A crash is saved by Jazzer as a new input under src/test/resources/.../<Test>Inputs/<method>/:
# commit it with the fix, and it runs as a regression test in every `mvn verify`.
set -eu
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: scripts/fuzz.sh TARGET MINUTES (targets: validator importer decoder mirror mirror-events css all)" >&2; exit 2; }
TARGET=$1
MINUTES=$2
# The build needs JDK 25: use the usual install when JAVA_HOME points elsewhere.
if ! "${JAVA_HOME:-/nonexistent}/bin/java" -version 2>&1 | grep -q 'version "2[5-9]' && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
    PATH="$JAVA_HOME/bin:$PATH"
    export JAVA_HOME PATH
fi

test_of() {
    case "$1" in
        validator) echo 'FormatFuzzTest#validatorReportsEveryPackageWithoutThrowing' ;;
        importer) echo 'FormatFuzzTest#importerFailsOnlyWithRecordingException' ;;
        decoder) echo 'DecoderFuzzTest#decodeReturnsAnEventOrATypedError' ;;
        mirror) echo 'MirrorSequenceFuzzTest#hostileSequencesKeepTheMirrorSound' ;;
        mirror-events) echo 'MirrorFuzzTest#appliedEventsKeepTheMirrorSound' ;;
        css) echo 'MirrorFuzzTest#cssAdaptationNeverThrowsAndKeepsTextWithoutHover' ;;
        *) echo "unknown target: $1 (validator importer decoder mirror mirror-events css all)" >&2; exit 2 ;;
    esac
}

run() {
    test=$(test_of "$1")
    log="target/fuzz/$1.log"
    mkdir -p target/fuzz
    echo "fuzzing $1 ($test) for $MINUTES minute(s); log: $log"
    status=0
    # JAZZER_MAX_DURATION (= -Djazzer.max_duration) overrides @FuzzTest(maxDuration).
    JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${MINUTES}m" mvn -B -o test -Dtest="$test" -Djazzer.max_duration="${MINUTES}m" \
        -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || status=$?
    runs=$(grep -Eo '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    done=$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1)
    echo "  $1: ${done:-executions: ${runs:-?}}; $(grep -c 'NEW' "$log" || true) new coverage inputs; exit $status"
    if [ "$status" -ne 0 ] && ! grep -qE '== Java Exception|FuzzTestFindingException|Tests run:.*(Failures|Errors): [1-9]' "$log"; then
        echo "  the build failed before fuzzing: see $log"
    elif [ "$status" -ne 0 ]; then
        echo "  FINDING: see $log; Jazzer saved the input under src/test/resources/.../*Inputs/ (commit it with the fix)"
        grep -E '== Java Exception|FuzzTestFindingException|Caused by' "$log" | head -5 || true
    fi
    return 0
}

if [ "$TARGET" = all ]; then
    for t in validator importer decoder mirror mirror-events css; do run "$t"; done
else
    test_of "$TARGET" >/dev/null
    run "$TARGET"
fi
