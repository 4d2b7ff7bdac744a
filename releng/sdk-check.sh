#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
#
# Proves the plugin SDK from the outside, after a full build (./mvnw verify):
#  1. builds the plugin of docs/SDK.md from the guide's own snippets, in a scratch folder
#     OUTSIDE the reactor, against the built p2 repository (so the guide stays true), and
#     compiles every other Java snippet of the guide (each is a file= of that plugin or a
#     `fragment`, compiled inside a method; a Java block that is neither fails the check);
#     checks that the p2 repository carries the files the guide points at and source bundles;
#  2. installs it, and the example plugin plugins/org.example.inspection, into a COPY of the
#     materialized product with `throughline install-plugin`;
#  3. checks that their contributions work in the installed product: the inspection rule fires
#     in `throughline validate`, the same with every bundle and with the bundles headless commands
#     start with (chosen by the first command after the install, without the user interface), the guide's rule is in the catalogue and fires, its viewpoint is
#     listed by `throughline diagram --list`, its report section is in the HTML report;
#     the guide's analysis answers, its exporter writes and its importer reads;
#  4. installs a newer build of the guide's plugin over it (an update: one version listed,
#     the old jar gone);
#  5. uninstalls one, and checks it is gone: from the catalogue, and its jars and artifact
#     entries from the product's folder.
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
    # A command that recorded its classes builds the class cache in the background after it ends
    # (a few seconds, under $WORK/cache): the scratch folder is removed once that is done.
    cleanup() {
        status=$?
        for _ in $(seq 1 120); do
            ls -d "$WORK"/cache/throughline/aot/*.building >/dev/null 2>&1 || break
            sleep 0.5
        done
        rm -rf "$WORK" 2>/dev/null || rm -rf "$WORK" || true
        exit $status
    }
    trap cleanup EXIT
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

# Every Java block of the guide is a file of the plugin (file=...) or a fragment compiled below.
FRAGMENTS="$WORK/fragments"
mkdir -p "$FRAGMENTS"
awk -v dir="$FRAGMENTS" '
    /^```java/ && !inside {
        java++
        if ($0 ~ /file=/) { next }
        if ($0 !~ /^```java fragment( .*)?$/) { print "sdk-check: a Java block of docs/SDK.md (line " NR ") is neither file=PATH nor fragment" > "/dev/stderr"; bad = 1; next }
        inside = 1; n++; imports = dir "/imports" n; body = dir "/body" n; printf "" > imports; printf "" > body
        # What follows "fragment" are the parameters the statements use (the method they are in).
        params = $0; sub(/^```java fragment ?/, "", params); print params > (dir "/params" n); close(dir "/params" n); next
    }
    /^```$/ && inside { inside = 0; close(imports); close(body); next }
    inside && /^import / { print >> imports; next }
    inside { print >> body }
    END { if (bad) exit 1; print java " Java blocks, " n " fragments" > "/dev/stderr" }
' "$GUIDE" || fail "docs/SDK.md has a Java block the check cannot compile"
for imports in "$FRAGMENTS"/imports*; do
    n=${imports##*imports}
    { cat "$imports"; echo "final class Fragment$n {"; echo "    void run($(cat "$FRAGMENTS/params$n")) throws Exception {"
      cat "$FRAGMENTS/body$n"; echo "    }"; echo "}"; } >"$FRAGMENTS/Fragment$n.java"
done

# The p2 repository carries what the guide points at: schemas, viewpoints and metamodels in the
# bundles' jars, and a source bundle beside each Throughline bundle.
jar_of() { ls "$REPOSITORY"/plugins/"$1"_*.jar 2>/dev/null | head -n 1; }
for entry in org.throughline.validation:schema/rules.exsd org.throughline.viewpoint:schema/viewpoints.exsd \
        org.throughline.viewpoint:model/viewpoint.ecore org.throughline.model:model/throughline.ecore \
        org.throughline.report:schema/reportSections.exsd org.throughline.exchange:schema/importers.exsd \
        org.throughline.validation.source:org/throughline/validation/api/Rule.java \
        org.throughline.model.source:org/throughline/model/Initiative.java; do
    bundle=${entry%%:*}; file=${entry#*:}; jar=$(jar_of "$bundle")
    [ -n "$jar" ] || fail "the p2 repository has no $bundle bundle (the guide points at it)"
    unzip -l "$jar" "$file" >/dev/null 2>&1 || fail "$jar has no $file (the guide points at it)"
done
unzip -l "$(jar_of org.throughline.viewpoint)" 'viewpoints/*.viewpoint' >/dev/null 2>&1 || fail "no built-in viewpoints in org.throughline.viewpoint's jar"

step "building the guide's plugin outside the reactor against $REPOSITORY"
if ! (cd "$PLUGIN" && "$ROOT/mvnw" -B -q verify -Dthroughline.repository="file:$REPOSITORY/" >"$WORK/build.log" 2>&1); then
    grep -E '^\[ERROR\]' "$WORK/build.log" | head -n 20 >&2
    fail "the guide's plugin does not build (log: $WORK/build.log)"
fi
GUIDE_SITE="$PLUGIN/site/target/repository"
[ -f "$GUIDE_SITE/content.jar" ] || [ -f "$GUIDE_SITE/content.xml" ] || fail "no p2 repository at $GUIDE_SITE"

step "compiling the guide's fragments against the p2 repository and the guide's plugin"
CLASSPATH_FILE="$WORK/fragments.classpath"
{ ls "$REPOSITORY"/plugins/*.jar | grep -v '\.source_'; echo "$PLUGIN/plugin/target/classes"
  ls "${MAVEN_REPOSITORY:-$HOME/.m2/repository}"/org/junit/jupiter/junit-jupiter-api/*/junit-jupiter-api-*.jar \
     "${MAVEN_REPOSITORY:-$HOME/.m2/repository}"/org/opentest4j/opentest4j/*/opentest4j-*.jar 2>/dev/null | grep -v sources; } \
    | paste -sd: >"$CLASSPATH_FILE"
grep -q junit-jupiter-api "$CLASSPATH_FILE" || fail "no junit-jupiter-api jar in the local Maven repository (run a full build first)"
mkdir -p "$WORK/fragments-out" "$WORK/no-sources"
if ! "$JAVA_HOME/bin/javac" -proc:none -implicit:none -sourcepath "$WORK/no-sources" -nowarn -d "$WORK/fragments-out" \
        -cp "$(cat "$CLASSPATH_FILE")" "$FRAGMENTS"/Fragment*.java >"$WORK/fragments.log" 2>&1; then
    cat "$WORK/fragments.log" >&2
    fail "a fragment of docs/SDK.md does not compile (the Java above is the fragment wrapped in a method)"
fi

# 2. Install both into a copy of the product (its caches, e.g. the configuration of headless
#    commands, in the scratch folder too).
cp -a "$PRODUCT" "$WORK/product"
TL="$WORK/product/throughline"
export XDG_CACHE_HOME="$WORK/cache"
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
# The first headless command after the installs starts with every bundle and chooses those that
# headless commands need; the second starts with those alone, and must say the same.
set +e
"$TL" validate "$MODEL" >"$WORK/validate-all.txt" 2>&1; code_all=$?
"$TL" validate "$MODEL" >"$WORK/validate.txt" 2>&1; code=$?
set -e
cat "$WORK/validate.txt"
[ $code -eq 1 ] || fail "validate ended with $code, expected 1 (errors found)"
[ $code_all -eq 1 ] || fail "validate with every bundle ended with $code_all, expected 1 (errors found)"
diff "$WORK/validate-all.txt" "$WORK/validate.txt" >/dev/null || fail "validate with the headless bundles said otherwise than with every bundle: $(diff "$WORK/validate-all.txt" "$WORK/validate.txt" | head -n 10)"
HEADLESS=$(ls -d "$XDG_CACHE_HOME"/throughline/headless-*/ 2>/dev/null | head -n 1)
[ -n "$HEADLESS" ] && [ -d "$HEADLESS/org.eclipse.osgi" ] || fail "no headless configuration was written and started in $XDG_CACHE_HOME/throughline"
grep -q 'org.example.inspection_' "$HEADLESS/config.ini" && grep -q 'com.example.budget_' "$HEADLESS/config.ini" \
    || fail "the headless configuration leaves out an installed plugin: $HEADLESS/config.ini"
if grep -Eq 'org\.eclipse\.(swt|jface|ui\.workbench|equinox\.p2\.engine)_' "$HEADLESS/config.ini"; then
    fail "the headless configuration starts the user interface or p2: $HEADLESS/config.ini"
fi
grep -qx 'import-inspections' "$HEADLESS/commands" && ! grep -qx 'install-plugin' "$HEADLESS/commands" \
    || fail "the commands that start with the headless bundles: $(tr '\n' ' ' <"$HEADLESS/commands")"
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

# The guide's analysis: of the 2 initiatives (the programme of £250m, the pilot without a budget),
# 1 has no budget.
"$TL" analyse "$MODEL" --analysis com.example.budget.unfunded >"$WORK/analyse.txt" 2>&1 || fail "analyse: $(cat "$WORK/analyse.txt")"
grep -q '1 of 2 programmes and projects have no budget' "$WORK/analyse.txt" || fail "the guide's analysis said: $(cat "$WORK/analyse.txt")"
grep -q 'Small pilot' "$WORK/analyse.txt" || fail "the guide's analysis does not list the pilot"
# Its exporter writes every initiative, the pilot with an empty budget.
"$TL" export "$MODEL" --exporter com.example.budget.budget-list --out "$WORK/budgets.csv" >/dev/null 2>&1 || fail "export with the guide's exporter"
grep -q '^Small pilot,$' "$WORK/budgets.csv" && grep -q '^Recovery programme,2.5E8$' "$WORK/budgets.csv" \
    || fail "the guide's exporter wrote: $(cat "$WORK/budgets.csv")"
# Its importer gives the pilot a budget of £4m; then 0 of 2 have none.
printf 'initiative,budget\nSmall pilot,4000000\n' >"$WORK/pilot.csv"
"$TL" import "$MODEL" "$WORK/pilot.csv" --importer com.example.budget.budgets >"$WORK/import.txt" 2>&1 || fail "import: $(cat "$WORK/import.txt")"
"$TL" analyse "$MODEL" --analysis com.example.budget.unfunded >"$WORK/analyse.txt" 2>&1 || fail "analyse after import"
grep -q '0 of 2 programmes and projects have no budget' "$WORK/analyse.txt" || fail "after the import the guide's analysis said: $(cat "$WORK/analyse.txt")"

# The product generates a metamodel extension's code: the example plugin's, from a copy of its
# model/ alone, is exactly the src-gen committed in the source tree.
mkdir -p "$WORK/gen/inspection"
cp -r "$ROOT/plugins/org.example.inspection/model" "$WORK/gen/inspection/model"
(cd "$WORK/gen" && "$TL" generate-model inspection >"$WORK/generate.txt" 2>&1) || fail "generate-model: $(cat "$WORK/generate.txt")"
diff -r "$ROOT/plugins/org.example.inspection/src-gen" "$WORK/gen/inspection/src-gen" >"$WORK/generate.diff" \
    || fail "generate-model wrote other code than the committed src-gen: $(head -n 20 "$WORK/generate.diff")"
set +e
"$TL" generate-model "$WORK/gen/nothing-here" 2>"$WORK/generate-bad.txt"; code=$?
set -e
[ $code -eq 2 ] || fail "generate-model on a missing folder gave exit code $code"

# 4. A newer build of the guide's plugin installed over it is an update.
old_jar=$(ls "$WORK/product/plugins"/com.example.budget_*.jar)
step "building the guide's plugin again (a newer version) and installing it over the first"
(cd "$PLUGIN" && "$ROOT/mvnw" -B -q verify -Dthroughline.repository="file:$REPOSITORY/" -DforceContextQualifier=v99990000 \
    >"$WORK/build2.log" 2>&1) || fail "the second build of the guide's plugin (log: $WORK/build2.log)"
"$TL" install-plugin "$GUIDE_SITE" com.example.budget.feature || fail "install-plugin of a newer version"
"$TL" plugins >"$WORK/plugins.txt"
[ "$(grep -c '^com.example.budget.feature ' "$WORK/plugins.txt")" = 1 ] && grep -Eq '^com.example.budget.feature +1.0.0.v99990000' "$WORK/plugins.txt" \
    || fail "after the update plugins lists: $(cat "$WORK/plugins.txt")"
[ ! -e "$old_jar" ] || fail "the update left the old jar $old_jar"
ls "$WORK/product/plugins"/com.example.budget_1.0.0.v99990000.jar >/dev/null || fail "the update did not put the new jar in plugins/"

# 5. Uninstall: gone from the catalogue, and from the product's folder.
"$TL" uninstall-plugin com.example.budget.feature || fail "uninstall-plugin"
# Twice: with every bundle (the installation changed), then with the headless bundles chosen anew.
for run in all headless; do
    "$TL" validate --list-rules >"$WORK/rules.txt"
    if grep -q 'budget.major-project' "$WORK/rules.txt"; then fail "the guide's rule is still there after uninstall-plugin ($run)"; fi
    grep -q 'inspection.inadequate-needs-action' "$WORK/rules.txt" || fail "uninstalling one plugin removed the other ($run)"
done
[ "$(ls -d "$XDG_CACHE_HOME"/throughline/headless-*/ | wc -l)" = 1 ] || fail "the headless configurations of earlier installs were kept: $(ls "$XDG_CACHE_HOME"/throughline)"
if grep -q 'com.example.budget_' "$XDG_CACHE_HOME"/throughline/headless-*/config.ini; then fail "the headless configuration still starts the uninstalled plugin"; fi
left=$(find "$WORK/product/plugins" "$WORK/product/features" -maxdepth 1 -name 'com.example.budget*')
[ -z "$left" ] || fail "uninstall-plugin left on disk: $left"
if grep -rq 'com.example.budget' "$WORK/product/artifacts.xml"; then fail "uninstall-plugin left the plugin's artifacts in $WORK/product/artifacts.xml"; fi
ls "$WORK/product/plugins"/org.example.inspection_*.jar >/dev/null 2>&1 || fail "uninstalling one plugin removed the other's jar"

step "OK: the guide's plugin built outside the reactor and its fragments compiled, the p2 repository has the files the guide points at and source bundles, both plugins installed into the product, their rules, viewpoints, report section, analysis, importer and exporter work, an update replaces the old version, and uninstalling removes the plugin from disk"
