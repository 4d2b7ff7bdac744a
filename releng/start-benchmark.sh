#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Times the start of the built workbench as a user sees it, from the start script to the window
# on screen and to the first model editor (the lines -Dthroughline.measureStartup=true prints):
#   releng/start-benchmark.sh [PRODUCT_FOLDER] [RUNS]
# - first start: a new workspace each time (the Examples project is made and the emergency care
#   model opened on its chain), with the class cache of earlier starts;
# - warm start: the same workspace again (the window and the views it had).
# Prints the medians as benchmark-summary lines (work, figure) on standard output. Needs a display
# (xvfb-run is used when there is none). Run it on a machine doing little else.
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
PRODUCT=${1:-$ROOT/releng/org.throughline.product/target/products/org.throughline.app.product/linux/gtk/x86_64}
RUNS=${2:-5}
if [ -z "${DISPLAY:-}" ] && [ -z "${START_BENCHMARK_XVFB:-}" ]; then
    exec env START_BENCHMARK_XVFB=1 xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$PRODUCT" "$RUNS"
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

now() { date +%s%N; }

# start WORKSPACE WANT: starts the workbench, prints the wall milliseconds until the window is open
# and, when WANT is "editor", until the first model editor is; then closes it.
start() {
    out="$WORK/out"
    : >"$out"
    t0=$(now)
    THROUGHLINE_VMARGS="-Dthroughline.measureStartup=true" "$PRODUCT/throughline" -data "$1" >"$out" 2>&1 &
    pid=$!
    window=""
    editor=""
    i=0
    while [ $i -lt 3000 ]; do
        if [ -z "$window" ] && grep -q "window open" "$out"; then window=$(( ($(now) - t0) / 1000000 )); fi
        if [ -z "$editor" ] && grep -q "first model editor" "$out"; then editor=$(( ($(now) - t0) / 1000000 )); fi
        if [ -n "$window" ] && { [ "$2" != editor ] || [ -n "$editor" ]; }; then break; fi
        kill -0 $pid 2>/dev/null || break
        sleep 0.01
        i=$((i + 1))
    done
    kill $pid 2>/dev/null || true
    wait $pid 2>/dev/null || true
    echo "${window:-none} ${editor:-none}"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "none"; else print v[int((NR + 1) / 2)] }'; }

# A first start of all to build the class caches, not counted.
start "$WORK/warmup" editor >/dev/null
: >"$WORK/first"
: >"$WORK/warm"
n=1
while [ $n -le "$RUNS" ]; do
    start "$WORK/ws-$n" editor >>"$WORK/first"
    start "$WORK/ws-$n" window >>"$WORK/warm"
    n=$((n + 1))
done
echo "first start: window, first model editor (ms): $(tr '\n' ';' <"$WORK/first")" >&2
echo "warm start: window (ms): $(cut -d ' ' -f 1 <"$WORK/warm" | tr '\n' ' ')" >&2
printf 'workbench window, warm start (wall)\t%s ms (median of %s)\n' "$(cut -d ' ' -f 1 <"$WORK/warm" | median)" "$RUNS"
printf 'workbench window, first start (wall)\t%s ms (median of %s)\n' "$(cut -d ' ' -f 1 <"$WORK/first" | median)" "$RUNS"
printf 'first model editor, new workspace (wall)\t%s ms (median of %s)\n' "$(cut -d ' ' -f 2 <"$WORK/first" | median)" "$RUNS"
