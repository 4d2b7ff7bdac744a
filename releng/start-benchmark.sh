#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Times the start of the built workbench as a user sees it, from the start script to the window
# on screen and to the first model editor (the lines -Dthroughline.measureStartup=true prints):
#   releng/start-benchmark.sh [PRODUCT_FOLDER] [RUNS]
# - first start after installing: the product's first start with a class cache of its own (in a
#   folder of this run, not the user's): the start script copies the framework's jars and the
#   classes are recorded for the cache, which is then built; one run, not a median (on a product
#   started before, from other copies of the framework, the framework also restarts once);
# - first start: a new workspace each time (the Examples project is made and the emergency care
#   model opened on its chain), with the class cache;
# - warm start: the same workspace again after it was closed as a user closes it (File > Exit:
#   the window, its views and the editor as they were).
# Each start closes itself once its first model editor is shown (-Dthroughline.closeAfterFirstEditor).
# START_BENCHMARK_VMARGS adds JVM options to every start (to compare them, e.g. -XX:TieredStopAtLevel=1).
# Each is split into its phases: start script to JVM (the script, and the JVM until it runs
# Java), JVM to window, window to first model editor; with the CPU time (user + system) the JVM
# had used by then, and the load average as it started.
# Prints the medians as benchmark-summary lines (work, figure) on standard output, each run on
# standard error. Needs a display (xvfb-run is used when there is none). Run it on a machine doing
# little else: other work on the cores shows in the wall times far more than in the CPU times.
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
PRODUCT=${1:-$ROOT/releng/org.throughline.product/target/products/org.throughline.app.product/linux/gtk/x86_64}
RUNS=${2:-5}
if [ -z "${DISPLAY:-}" ] && [ -z "${START_BENCHMARK_XVFB:-}" ]; then
    exec env START_BENCHMARK_XVFB=1 xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$PRODUCT" "$RUNS"
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# The product's caches (class cache, copies of the framework) of this run only.
export XDG_CACHE_HOME="$WORK/cache"

now() { date +%s%N; }

# start WORKSPACE: starts the workbench on WORKSPACE and waits until it has closed itself after
# its first model editor; prints "script-to-JVM JVM-to-window window-to-editor CPU load window
# editor" (ms, ms, ms, s, load average, ms, ms; the last two from the start script), "none" for
# what did not come.
start() {
    out="$WORK/out"
    : >"$out"
    load=$(cut -d ' ' -f 1 /proc/loadavg 2>/dev/null || echo unknown)
    t0=$(( $(now) / 1000000 ))
    THROUGHLINE_VMARGS="-Dthroughline.measureStartup=true -Dthroughline.closeAfterFirstEditor=true ${START_BENCHMARK_VMARGS:-}" \
        "$PRODUCT/throughline" -data "$1" >"$out" 2>&1 &
    pid=$!
    cpu=none
    i=0
    while [ $i -lt 12000 ] && kill -0 $pid 2>/dev/null; do
        if [ "$cpu" = none ] && grep -q "first model editor" "$out"; then
            # The JVM is the start script's child (the last one, after a restart).
            java=$(pgrep -P $pid | tail -n 1)
            cpu=$(awk '{ printf "%.2f", ($14 + $15) / 100 }' "/proc/$java/stat" 2>/dev/null || echo none)
        fi
        sleep 0.01
        i=$((i + 1))
    done
    kill $pid 2>/dev/null || true
    wait $pid 2>/dev/null || true
    window=$(sed -n 's/^throughline: window open \([0-9]*\) ms after the JVM started at \([0-9]*\).*/\1 \2/p' "$out" | head -n 1)
    editor=$(sed -n 's/^throughline: first model editor \([0-9]*\) ms.*/\1/p' "$out" | head -n 1)
    if [ -n "$window" ]; then
        set -- $window
        script=$(($2 - t0))
        if [ -n "$editor" ]; then
            echo "$script $1 $((editor - $1)) $cpu $load $((script + $1)) $((script + editor))"
        else
            echo "$script $1 none $cpu $load $((script + $1)) none"
        fi
    else
        echo "none none none $cpu $load none none"
    fi
}

# waits (at most two minutes) for the class cache that a recording start builds in the background
wait_for_cache() {
    i=0
    while [ $i -lt 1200 ] && ls -d "$XDG_CACHE_HOME"/throughline/aot/*.building >/dev/null 2>&1; do
        sleep 0.1
        i=$((i + 1))
    done
}

median() { grep -v none | sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "none"; else print v[int((NR + 1) / 2)] }'; }
# column N of FILE: its median
col() { cut -d ' ' -f "$1" <"$2" | median; }

start "$WORK/installed" >"$WORK/installed.txt"
wait_for_cache
: >"$WORK/first"
: >"$WORK/warm"
n=1
while [ $n -le "$RUNS" ]; do
    start "$WORK/ws-$n" >>"$WORK/first"
    wait_for_cache
    start "$WORK/ws-$n" >>"$WORK/warm"
    n=$((n + 1))
done
echo "each start: script to JVM, JVM to window, window to first model editor (ms); CPU to the editor (s); load average" >&2
echo "first start after installing: $(cat "$WORK/installed.txt")" >&2
echo "first start: $(tr '\n' ';' <"$WORK/first")" >&2
echo "warm start: $(tr '\n' ';' <"$WORK/warm")" >&2
for kind in first warm; do
    f="$WORK/$kind"
    label=$( [ $kind = warm ] && echo "warm start" || echo "first start")
    loads=$(cut -d ' ' -f 5 "$f" | sort -n | sed -n '1p;$p' | tr '\n' ' ' | sed 's/ $//; s/ /-/')
    printf 'workbench window, %s (wall)\t%s ms (script to JVM %s ms, JVM to window %s ms; median of %s, load %s)\n' \
        "$label" "$(col 6 "$f")" "$(col 1 "$f")" "$(col 2 "$f")" "$RUNS" "$loads"
    editor_label=$( [ $kind = warm ] && echo "warm start" || echo "new workspace")
    printf 'first model editor, %s (wall)\t%s ms (window to editor %s ms; CPU %s s; median of %s)\n' \
        "$editor_label" "$(col 7 "$f")" "$(col 3 "$f")" "$(col 4 "$f")" "$RUNS"
done
set -- $(cat "$WORK/installed.txt")
printf 'workbench window, first start after installing (wall)\t%s ms (script to JVM %s ms, JVM to window %s ms; one run, load %s)\n' \
    "$6" "$1" "$2" "$5"
