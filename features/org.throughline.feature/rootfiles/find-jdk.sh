# SPDX-License-Identifier: EPL-2.0
# Sourced by the Throughline start scripts and the CI script: finds a Java runtime of version 21
# or newer. It looks at JAVA_HOME first, then the newest JDK under /usr/lib/jvm, then `java` on
# the PATH. On success THROUGHLINE_JAVA_HOME is set; otherwise it says what it found and what
# is missing, and returns 1. THROUGHLINE_JAVA_FEATURE is set to its feature release (21, 25...).
# A JDK's version is read from its `release` file, which costs nothing; only a Java without one
# is started to ask it.

throughline_java_feature() {
    # prints the feature release (17, 21, 25...) of the java binary $1, or nothing
    tl_release="${1%/bin/java}/release"
    if [ -f "$tl_release" ]; then
        tl_version=$(sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$tl_release" | head -n 1)
        if [ -n "$tl_version" ]; then
            echo "$tl_version"
            return
        fi
    fi
    "$1" -XshowSettings:properties -version 2>&1 |
        sed -n 's/^ *java\.specification\.version = \(1\.\)\{0,1\}\([0-9]*\).*/\2/p' | head -n 1
}

throughline_find_jdk() {
    tl_required=21
    tl_seen=""
    tl_best=""
    tl_best_feature=0
    if [ -n "${JAVA_HOME:-}" ]; then
        if [ -x "$JAVA_HOME/bin/java" ]; then
            tl_feature=$(throughline_java_feature "$JAVA_HOME/bin/java")
            if [ "${tl_feature:-0}" -ge "$tl_required" ]; then
                THROUGHLINE_JAVA_HOME=$JAVA_HOME
                THROUGHLINE_JAVA_FEATURE=$tl_feature
                return 0
            fi
            echo "throughline: JAVA_HOME ($JAVA_HOME) is Java ${tl_feature:-of unknown version}; Throughline needs $tl_required or newer, looking elsewhere." >&2
        else
            echo "throughline: JAVA_HOME ($JAVA_HOME) has no bin/java; looking elsewhere." >&2
        fi
    fi
    for tl_java in /usr/lib/jvm/*/bin/java $(command -v java 2>/dev/null); do
        [ -x "$tl_java" ] || continue
        tl_feature=$(throughline_java_feature "$tl_java")
        tl_seen="$tl_seen ${tl_java%/bin/java} (Java ${tl_feature:-?});"
        if [ "${tl_feature:-0}" -gt "$tl_best_feature" ]; then
            tl_best_feature=$tl_feature
            tl_best=$(cd "$(dirname "$tl_java")/.." && pwd -P)
        fi
    done
    if [ "$tl_best_feature" -ge "$tl_required" ]; then
        THROUGHLINE_JAVA_HOME=$tl_best
        THROUGHLINE_JAVA_FEATURE=$tl_best_feature
        return 0
    fi
    echo "throughline: no Java $tl_required or newer found (looked at JAVA_HOME, /usr/lib/jvm and the PATH;${tl_seen:- found no Java at all}). Install a JDK $tl_required+ (for example Eclipse Temurin) and set JAVA_HOME to it." >&2
    return 1
}
