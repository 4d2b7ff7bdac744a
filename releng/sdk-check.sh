#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
#
# Proves the plugin SDK from the outside, after a full build (./mvnw verify):
#  1. builds the plugin of docs/SDK.md from the guide's own snippets, in a scratch folder
#     OUTSIDE the reactor, against the built p2 repository (so the guide stays true);
#  2. installs it, and the example plugin plugins/org.example.inspection, into a COPY of the
#     materialized product with `throughline install-plugin`;
#  3. checks that their contributions work in the installed product: the inspection rule fires
#     in `throughline validate`, the guide's rule is in the catalogue and fires, its viewpoint is
#     listed by `throughline diagram --list`, its report section is in the HTML report;
#  4. uninstalls one, and checks it is gone.
# Exit code 0 when all of this holds; otherwise the first failure is printed.
#
# Usage: releng/sdk-check.sh [--keep]   (--keep leaves the scratch folder for inspection)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
. "$ROOT/features/org.throughline.feature/rootfiles/find-jdk.sh"
throughline_find_jdk || exit 2
export JAVA_HOME=$THROUGHLINE_JAVA_HOME

PRODUCT="$ROOT/releng/org.throughline.product/target/products/org.throughline.app.product/linux/gtk/x86_64"
REPOSITORY="$ROOT/releng/org.throughline.product/target/repository"
EXAMPLE_SITE="$ROOT/plugins/org.example.inspection.repository/target/repository"
GUIDE="$ROOT/docs/SDK.md"
for need in "$PRODUCT/throughline" "$REPOSITORY/content.jar" "$EXAMPLE_SITE/content.jar"; do
    if [ ! -e "$need" ]; then
        echo "sdk-check: $need is missing: run a full build first (./mvnw -B verify -DskipTests)." >&2
        exit 2
    fi
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/sdk-check.XXXXXX")
if [ "${1:-}" = "--keep" ]; then
    echo "sdk-check: working in $WORK (kept)"
else
    trap 'rm -rf "$WORK"' EXIT
fi
fail() { echo "sdk-check: FAILED: $*" >&2; exit 1; }
step() { echo "sdk-check: $*"; }

# 1. The guide's plugin, from the guide alone: every fenced block whose info string says
#    file=PATH is written to PATH below the plugin's folder.
PLUGIN="$WORK/com.example.budget"
mkdir -p "$PLUGIN"
awk -v dir="$PLUGIN" '
    /^```/ && !inside {
        if (match($0, /file=[^ ]+/)) { path = dir "/" substr($0, RSTART + 5, RLENGTH - 5); inside = 1; n++
            system("mkdir -p \"$(dirname \"" path "\")\""); printf "" > path; next }
    }
    /^```$/ && inside { inside = 0; close(path); next }
    inside { print >> path }
    END { if (n < 10) { print "sdk-check: only " n " files in the guide" > "/dev/stderr"; exit 1 } }
' "$GUIDE"
step "wrote $(find "$PLUGIN" -type f | wc -l) files from docs/SDK.md"

step "building the guide's plugin outside the reactor against $REPOSITORY"
if ! (cd "$PLUGIN" && "$ROOT/mvnw" -B -q verify -Dthroughline.repository="file:$REPOSITORY/" >"$WORK/build.log" 2>&1); then
    grep -E '^\[ERROR\]' "$WORK/build.log" | head -n 20 >&2
    fail "the guide's plugin does not build (log: $WORK/build.log)"
fi
GUIDE_SITE="$PLUGIN/site/target/repository"
[ -f "$GUIDE_SITE/content.jar" ] || [ -f "$GUIDE_SITE/content.xml" ] || fail "no p2 repository at $GUIDE_SITE"

# 2. Install both into a copy of the product.
cp -a "$PRODUCT" "$WORK/product"
TL="$WORK/product/throughline"
step "installing the guide's plugin and the example plugin into a copy of the product"
"$TL" install-plugin "$GUIDE_SITE" com.example.budget.feature || fail "install-plugin of the guide's plugin"
"$TL" install-plugin "$EXAMPLE_SITE" org.example.inspection.feature || fail "install-plugin of the example plugin"
"$TL" plugins >"$WORK/plugins.txt"
grep -q '^com.example.budget.feature ' "$WORK/plugins.txt" || fail "plugins does not list com.example.budget.feature: $(cat "$WORK/plugins.txt")"
grep -q '^org.example.inspection.feature ' "$WORK/plugins.txt" || fail "plugins does not list org.example.inspection.feature"

# A wrong feature id is refused with the features the repository offers.
set +e
"$TL" install-plugin "$EXAMPLE_SITE" org.example.nothing.feature 2>"$WORK/wrong.txt"; code=$?
set -e
[ $code -eq 2 ] && grep -q 'it offers: org.example.inspection.feature' "$WORK/wrong.txt" \
    || fail "a wrong feature id gave exit code $code and: $(cat "$WORK/wrong.txt")"

# 3. The contributions work in the installed product.
MODEL="$WORK/inspected.throughline"
cat >"$MODEL" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<throughline:Model xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xmlns:throughline="http://throughline.org/model/1.0" xmlns:inspection="http://example.org/inspection/1.0"
    id="m1" name="Acute care">
  <elements xsi:type="throughline:Organisation" id="o1" name="South Trust" kind="PROVIDER"/>
  <elements xsi:type="throughline:Programme" id="p1" name="Recovery programme" budget="250000000"/>
  <elements xsi:type="throughline:Project" id="p2" name="Small pilot"/>
  <elements xsi:type="inspection:InspectionRegime" id="r1" name="Hospital inspections">
    <inspections id="i1" name="South Trust 2025" inspected="o1" rating="INADEQUATE" date="2025-06-02"/>
  </elements>
</throughline:Model>
EOF
set +e
"$TL" validate "$MODEL" >"$WORK/validate.txt" 2>&1; code=$?
set -e
cat "$WORK/validate.txt"
[ $code -eq 1 ] || fail "validate ended with $code, expected 1 (errors found)"
grep -q 'inspection.inadequate-needs-action' "$WORK/validate.txt" || fail "the example plugin's rule did not fire"
grep -q 'South Trust was rated inadequate' "$WORK/validate.txt" || fail "the example plugin's message is missing"
grep -q 'budget.major-project.*Recovery programme has a budget of .250,000,000' "$WORK/validate.txt" || fail "the guide's rule did not fire"
"$TL" diagram --list >"$WORK/diagrams.txt" 2>&1 || fail "diagram --list failed: $(cat "$WORK/diagrams.txt")"
grep -q 'com.example.budget.budgets' "$WORK/diagrams.txt" || fail "the guide's viewpoint is not listed"
grep -q 'org.example.inspection.regulation' "$WORK/diagrams.txt" || fail "the example plugin's viewpoint is not listed"
"$TL" diagram "$MODEL" --viewpoint com.example.budget.budgets --out "$WORK/budgets.svg" || fail "the guide's diagram cannot be drawn"
grep -q 'NO BUDGET' "$WORK/budgets.svg" && grep -q 'MAJOR' "$WORK/budgets.svg" || fail "the guide's diagram does not mark the unfunded and the major initiative"
"$TL" report "$MODEL" --format html --out "$WORK/report" >/dev/null || fail "report failed"
grep -rq '250,000,000' "$WORK/report" && grep -rq '>Budgets<' "$WORK/report" || fail "the guide's report section is missing"
grep -q 'rated below good' "$WORK/report/org.example.inspection.ratings.html" || fail "the example plugin's report section is missing"

# 4. Uninstall.
"$TL" uninstall-plugin com.example.budget.feature || fail "uninstall-plugin"
"$TL" validate --list-rules >"$WORK/rules.txt"
if grep -q 'budget.major-project' "$WORK/rules.txt"; then fail "the guide's rule is still there after uninstall-plugin"; fi
grep -q 'inspection.inadequate-needs-action' "$WORK/rules.txt" || fail "uninstalling one plugin removed the other"

step "OK: the guide's plugin built outside the reactor, both plugins installed into the product, their rules, viewpoints and report section work, and uninstalling works"
