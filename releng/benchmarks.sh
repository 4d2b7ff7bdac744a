#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Runs every benchmark and prints their headline figures side by side with the figures issue 19
# started from and its goals; each benchmark's full table, with its phases, is printed as it runs.
#   releng/benchmarks.sh [-Dbenchmark.sizes=1000,10000,100000,1000000] [other Maven options]
# Needs JAVA_HOME (a JDK 21+). Benchmarks measure: run them on a machine doing little else.
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
cd "$ROOT"
MODULES=bundles/org.throughline.model,bundles/org.throughline.testing,bundles/org.throughline.examples,\
bundles/org.throughline.validation,bundles/org.throughline.analysis,bundles/org.throughline.viewpoint,\
bundles/org.throughline.diagram,bundles/org.throughline.layout,bundles/org.throughline.render,bundles/org.throughline.report,\
bundles/org.throughline.exchange,bundles/org.throughline.cli,bundles/org.throughline.team,\
bundles/org.throughline.benchmarks,bundles/org.throughline.diagram.benchmarks,bundles/org.throughline.report.benchmarks
rm -f bundles/*/target/benchmark-summary.tsv
./mvnw -B verify -Pbenchmarks -DskipTests -pl "$MODULES" "$@"
echo
echo "Throughline benchmarks: $(nproc) cores, load average $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo unknown)"
cat bundles/*/target/benchmark-summary.tsv | awk -F '\t' -v baselines="$ROOT/releng/benchmark-baselines.tsv" '
    BEGIN {
        while ((getline line < baselines) > 0) {
            if (line ~ /^#/ || line == "") continue
            split(line, part, "\t"); base[part[1]] = part[2]; goal[part[1]] = part[3]
        }
        printf "%-48s %-44s %-48s %s\n", "work", "now", "baseline (issue 19)", "goal"
    }
    { printf "%-48s %-44s %-48s %s\n", $1, $2, ($1 in base ? base[$1] : "-"), ($1 in goal ? goal[$1] : "-") }'
