# Sourced by .ci/run and ./phreplay: selects a JDK 25 or newer as JAVA_HOME and puts it first on PATH.
# JAVA_HOME wins when it is recent enough; otherwise the JVM folders are searched (the default java
# on these machines is 17, with a Temurin 25 installed beside it).
find_jdk25() {
    local candidate
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25* /usr/lib/jvm/*25* \
        /usr/lib/jvm/*-2[6-9]* /opt/java/*25* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
        if "$candidate/bin/java" -version 2>&1 | grep -Eq 'version "(2[5-9]|[3-9][0-9])'; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

JAVA_HOME="$(find_jdk25)" || { echo "No JDK 25 found (JAVA_HOME or /usr/lib/jvm); install one, e.g. Temurin 25." >&2; exit 1; }
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
