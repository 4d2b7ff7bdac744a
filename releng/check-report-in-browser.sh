#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
#
# Opens Throughline's HTML report in a real browser, after a full build: writes the report of an
# example model with the built product's `throughline report`, opens its pages in headless
# Chromium (Debian's `chromium`), and fails when the browser logs a console message, a script
# error or a Content-Security-Policy violation. Keeps a screenshot of each page it opened, and
# checks that the search runs (index.html?q=... lists results) and that a diagram is drawn.
#
# Usage: releng/check-report-in-browser.sh [MODEL.throughline] [OUT-DIR]
#   MODEL    default examples/emergency-care.throughline
#   OUT-DIR  default releng/target/browser-check (report/, *.png screenshots, *.log browser logs)
# Exit code 0 when every page opened cleanly; 1 when the browser reported a problem; 2 when the
# product or Chromium is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
MODEL="$(realpath "${1:-$ROOT/examples/emergency-care.throughline}")"
OUT="${2:-$ROOT/releng/target/browser-check}"
PRODUCT="$ROOT/releng/org.throughline.product/target/products/org.throughline.app.product/linux/gtk/x86_64"

if [ ! -x "$PRODUCT/throughline" ]; then
    echo "check-report-in-browser: $PRODUCT/throughline is missing: run a full build first (./mvnw -B verify -DskipTests)." >&2
    exit 2
fi
CHROMIUM="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$CHROMIUM" ]; then
    echo "check-report-in-browser: Chromium is missing: apt-get install -y chromium" >&2
    exit 2
fi

rm -rf "$OUT"
mkdir -p "$OUT"
OUT="$(realpath "$OUT")"
echo "check-report-in-browser: writing the report of $MODEL"
"$PRODUCT/throughline" report "$MODEL" --format html --out "$OUT/report"

PROFILE=$(mktemp -d "${TMPDIR:-/tmp}/check-report-profile.XXXXXX")
trap 'rm -rf "$PROFILE"' EXIT
FAILED=0

browse() { # NAME URL [extra chromium options...]
    local name=$1 url=$2
    shift 2
    # No network at all: the report must need none.
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$PROFILE" --enable-logging=stderr --v=0 \
        --proxy-server=127.0.0.1:9 --window-size=1400,1000 "$@" "$url" 2> "$OUT/$name.log" || true
}

check_log() { # NAME
    local name=$1
    # Console messages, uncaught errors and CSP violations; Chromium's own start-up noise is not ours.
    if grep -E 'CONSOLE|Content Security Policy|Content-Security-Policy|Refused to|Uncaught|ERR_FILE_NOT_FOUND' "$OUT/$name.log" \
        | grep -v 'DevTools listening' > "$OUT/$name.problems"; then
        echo "check-report-in-browser: FAILED: $name: the browser reported:" >&2
        cat "$OUT/$name.problems" >&2
        FAILED=1
    else
        rm -f "$OUT/$name.problems"
    fi
}

page() { # NAME FILE-IN-REPORT [QUERY]
    local name=$1 file=$2 query=${3:-}
    local url="file://$OUT/report/$file$query"
    browse "$name" "$url" --screenshot="$OUT/$name.png"
    check_log "$name"
    if [ ! -s "$OUT/$name.png" ]; then
        echo "check-report-in-browser: FAILED: $name: no screenshot" >&2
        FAILED=1
    else
        echo "check-report-in-browser: $name: $OUT/$name.png"
    fi
}

DIAGRAM=$(grep -l 'Delivery Chain' "$OUT"/report/d/*.html | head -1 || true)
# (a glob, not `ls | head`: head closing the pipe early would fail the script under pipefail)
ELEMENTS=("$OUT"/report/e/*.html)
ELEMENT=${ELEMENTS[0]}
page index index.html
page priorities priorities.html
page trajectories trajectories.html
page validation validation.html
page element "e/$(basename "$ELEMENT")"
if [ -n "$DIAGRAM" ]; then
    page diagram "d/$(basename "$DIAGRAM")"
    grep -q '<svg' "$DIAGRAM" || { echo "check-report-in-browser: FAILED: $DIAGRAM has no SVG" >&2; FAILED=1; }
else
    echo "check-report-in-browser: FAILED: no Delivery Chain diagram in the report" >&2
    FAILED=1
fi

# The search: our script loads the search index (a script of our own, under the CSP) and lists results.
page search index.html '?q=a'
browse search-dom "file://$OUT/report/index.html?q=a" --dump-dom > "$OUT/search-dom.html"
check_log search-dom
if ! grep -q '<ol id="search-results"><li><a href=' "$OUT/search-dom.html"; then
    echo "check-report-in-browser: FAILED: the search listed no results (see $OUT/search-dom.html)" >&2
    FAILED=1
fi

if [ "$FAILED" = 0 ]; then
    echo "check-report-in-browser: every page opened without console errors; screenshots in $OUT"
fi
exit "$FAILED"
