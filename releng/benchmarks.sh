#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Runs every benchmark and prints their headline figures side by side with the figures issue 19
# started from and its goals; each benchmark's full table, with its phases, is printed as it runs.
#   releng/benchmarks.sh [-Dbenchmark.sizes=1000,10000,100000,1000000] [other Maven options]
# Needs JAVA_HOME (a JDK 21+). Benchmarks measure: run them on a machine doing little else.
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
cd "$ROOT"
# The whole reactor, tests skipped (4 to 5 minutes on 2 cores): the workbench benchmarks run in a
# harness that needs org.throughline.feature, and a feature not built here would be taken stale
# from ~/.m2, or not found; the product built on the way is what hyperfine starts below.
rm -f bundles/*/target/benchmark-summary.tsv target/benchmark-summary.tsv
# The workbench benchmarks open a window: on a virtual display when there is no display.
XVFB=""
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
    XVFB="xvfb-run -a"
fi
$XVFB ./mvnw -B verify -Pbenchmarks -DskipTests "$@"

# Start-up of the built product (when there is one and hyperfine is installed): headless commands,
# each measured over 10 runs after 3 warm-up runs. Before them, the first start writes the
# configuration of headless commands with every bundle, and the first start with it that reads a
# model records the class cache on Java 25, which is built in the background: waited for, so that
# every measured run has it.
PRODUCT="$ROOT/releng/org.throughline.product/target/products/org.throughline.app.product/linux/gtk/x86_64/throughline"
if [ -x "$PRODUCT" ] && command -v hyperfine >/dev/null 2>&1; then
    mkdir -p target
    for command in version "validate $ROOT/examples/emergency-care.throughline"; do
        # shellcheck disable=SC2086
        "$PRODUCT" $command >/dev/null 2>&1 || true
        waited=0
        while [ $waited -lt 60 ] && ls -d "${XDG_CACHE_HOME:-$HOME/.cache}"/throughline/aot/*.building >/dev/null 2>&1; do
            sleep 1
            waited=$((waited + 1))
        done
    done
    for command in "version" "validate $ROOT/examples/emergency-care.throughline" \
        "report $ROOT/examples/emergency-care.throughline --format html --out target/hyperfine-report"; do
        hyperfine -w 3 -r 10 -N -i --export-json target/hyperfine.json "$PRODUCT $command" >/dev/null 2>&1 || continue
        python3 - "$command" >>target/benchmark-summary.tsv <<'PY' || true
import json, sys
r = json.load(open("target/hyperfine.json"))["results"][0]
print("throughline %s (wall, hyperfine)\t%.2f s (min %.2f, max %.2f; user %.2f s)" % (sys.argv[1].split()[0], r["median"], r["min"], r["max"], r["user"]))
PY
    done
fi
# The workbench's start, as a user sees it (a display, or xvfb-run, is needed).
if [ -x "$PRODUCT" ] && { [ -n "${DISPLAY:-}" ] || command -v xvfb-run >/dev/null 2>&1; }; then
    mkdir -p target
    releng/start-benchmark.sh "$(dirname "$PRODUCT")" 5 >>target/benchmark-summary.tsv || true
fi
echo
echo "Throughline benchmarks: $(nproc) cores, load average $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo unknown)"
cat bundles/*/target/benchmark-summary.tsv target/benchmark-summary.tsv 2>/dev/null | awk -F '\t' -v baselines="$ROOT/releng/benchmark-baselines.tsv" '
    BEGIN {
        while ((getline line < baselines) > 0) {
            if (line ~ /^#/ || line == "") continue
            split(line, part, "\t"); base[part[1]] = part[2]; goal[part[1]] = part[3]; last[part[1]] = part[4]
        }
        printf "%-48s %-44s %-40s %-40s %s\n", "work", "now", "baseline (issue 19)", "last recorded", "goal"
    }
    { printf "%-48s %-44s %-40s %-40s %s\n", $1, $2, ($1 in base ? base[$1] : "-"), ($1 in last && last[$1] != "" ? last[$1] : "-"), ($1 in goal ? goal[$1] : "-") }'
