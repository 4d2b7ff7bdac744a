#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
#
# Runs Throughline's outputs through the real third-party clients that read them, after a full
# build, on the example models and on a copy named with a space, an accent and a right-to-left
# name ("plans été/Santé urgent care שירות.throughline"), one of whose organisations has a Hebrew
# name:
#   SARIF     the SARIF 2.1.0 JSON schema with ajv (+ formats), and the SARIF multitool's
#             validator with its SARIF and GitHub rule sets;
#   HTML      the Nu HTML checker (vnu), and axe-core's WCAG 2.2 A/AA rules in headless Chromium,
#             with a check that no SVG label overflows its shape and that the search works from the keyboard;
#   PDF       qpdf --check, pdffonts (every font embedded), pdfinfo (tagged), no warning on standard error,
#             and pdftotext finds the labels drawn inside the charts and diagrams, a right-to-left name
#             in its reading order;
#   workbook  openpyxl in read-only (streaming) mode reads what full mode reads, and LibreOffice
#             headless re-saves a workbook edited by openpyxl that the model then imports.
# Prints one verdict line per client and fails on any error.
#
# Usage: releng/check-outputs.sh [OUT-DIR]   (default releng/target/output-checks)
# Needs: the built product, node and npm, Chromium, Java 21+ (for vnu), poppler-utils, qpdf,
# python3-openpyxl and LibreOffice (libreoffice-calc-nogui); .ci/run installs them.
# Exit code 0 when every output passes, 1 when a client finds a problem, 2 when a tool is missing.
set -uo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${1:-$ROOT/releng/target/output-checks}"
# THROUGHLINE=path/to/throughline checks another build (an older one, to compare).
PRODUCT="${THROUGHLINE:-$ROOT/releng/org.throughline.product/target/products/org.throughline.app.product/linux/gtk/x86_64/throughline}"
CHECKS="$ROOT/releng/outputs"
say() { printf '\n--- %s\n' "$*"; }
FAILED=()
verdict() { # CLIENT OK? TEXT
    if [ "$2" = 0 ]; then echo "VERDICT $1: pass ($3)"; else echo "VERDICT $1: FAIL ($3)"; FAILED+=("$1"); fi
}

# Debian's Python, which has Debian's openpyxl (another python3 may come first on the PATH).
PYTHON=/usr/bin/python3
"$PYTHON" -c 'import openpyxl' 2>/dev/null || { echo "check-outputs: openpyxl is missing: apt-get install python3-openpyxl" >&2; exit 2; }
for tool in node npm qpdf pdffonts pdfinfo soffice; do
    command -v "$tool" >/dev/null || { echo "check-outputs: $tool is missing" >&2; exit 2; }
done
[ -x "$PRODUCT" ] || { echo "check-outputs: $PRODUCT is missing: run a full build first" >&2; exit 2; }
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

rm -rf "$OUT"
mkdir -p "$OUT"
OUT="$(realpath "$OUT")"
if [ ! -d "$CHECKS/node_modules" ] || [ "$CHECKS/package-lock.json" -nt "$CHECKS/node_modules" ]; then
    say "Installing the checkers (npm ci, versions pinned in releng/outputs/package-lock.json)"
    (cd "$CHECKS" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null) || { echo "check-outputs: npm ci failed" >&2; exit 2; }
    touch "$CHECKS/node_modules"
fi
MULTITOOL="$CHECKS/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
chmod u+x "$MULTITOOL"
VNU="$CHECKS/node_modules/vnu-jar/build/dist/vnu.jar"

# The models: the examples, and one whose folder and file names have a space, an accent and Hebrew,
# with a Hebrew name ("emergency service") for the organisation at the front of its delivery chain.
STRANGE_DIR="$OUT/models/plans été"
STRANGE="$STRANGE_DIR/Santé urgent care שירות.throughline"
RTL_NAME="שירות חירום"
RTL_ORGANISATION="Shires Ambulance Service NHS Trust"
mkdir -p "$STRANGE_DIR"
sed "s/name=\"$RTL_ORGANISATION\"/name=\"$RTL_NAME\"/" "$ROOT/examples/emergency-care.throughline" >"$STRANGE"
grep -qF "name=\"$RTL_NAME\"" "$STRANGE" || { echo "check-outputs: the example has no organisation named $RTL_ORGANISATION" >&2; exit 2; }
# Labels the emergency care pack draws only inside its charts and diagrams (a chart's legend, a
# diagram's lane and nodes): pdftotext must find each, as it finds the pages' text.
FIGURE_LABELS=("Legend" "Centre" "Frontline" "accountability" "Actual" "Trend")
MODELS=("$ROOT"/examples/*.throughline "$STRANGE")

say "SARIF: validate --format sarif"
mkdir -p "$OUT/sarif"
i=0
for model in "${MODELS[@]}"; do
    i=$((i + 1))
    (cd "$(dirname "$model")" && "$PRODUCT" validate --format sarif "$(basename "$model")" >"$OUT/sarif/$i.sarif" 2>"$OUT/sarif/$i.err")
    code=$?
    [ "$code" -le 1 ] || { echo "validate exited $code on $model: $(cat "$OUT/sarif/$i.err")"; FAILED+=(validate); }
done
# A file that does not load: the log must still be valid, and say so.
printf '<?xml version="1.0"?><throughline:Model' >"$OUT/models/damaged.throughline"
(cd "$OUT/models" && "$PRODUCT" validate --format sarif damaged.throughline "plans été/$(basename "$STRANGE")" \
    >"$OUT/sarif/load-failure.sarif" 2>/dev/null)
grep -q '"executionSuccessful": false' "$OUT/sarif/load-failure.sarif" ||
    { echo "the log of a file that does not load does not say the run failed"; FAILED+=(sarif-load-failure); }
node "$CHECKS/check-sarif.mjs" "$OUT"/sarif/*.sarif >"$OUT/sarif/ajv.txt" 2>&1
code=$?
tail -n 1 "$OUT/sarif/ajv.txt"
[ "$code" = 0 ] || grep -v ': valid against' "$OUT/sarif/ajv.txt" | head -n 20
verdict "SARIF schema (ajv)" "$code" "$(tail -n 1 "$OUT/sarif/ajv.txt" | sed 's/^check-sarif: //')"
multitool_errors=0
for log in "$OUT"/sarif/*.sarif; do
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$MULTITOOL" validate --rule-kind "Sarif;Gh" --log ForceOverwrite \
        -o "$log.multitool" "$log" >"$log.multitool.txt" 2>&1
    node "$CHECKS/count-sarif.mjs" "$log.multitool" >"$log.multitool.count" 2>&1 || multitool_errors=$((multitool_errors + 1))
    echo "$(basename "$log"): $(tail -n 1 "$log.multitool.count")"
done
[ "$multitool_errors" = 0 ] || grep -h 'multitool: error' "$OUT"/sarif/*.count | sort | uniq -c | head -n 20
verdict "SARIF multitool (SARIF and GitHub rules)" "$multitool_errors" "$multitool_errors log(s) with errors"

say "HTML report: the Nu HTML checker and axe-core in Chromium"
"$PRODUCT" report "$ROOT/examples/emergency-care.throughline" --format html --out "$OUT/html" 2>"$OUT/html.err" >/dev/null ||
    { cat "$OUT/html.err"; FAILED+=(html-report); }
"$PRODUCT" report "$STRANGE" --format html --out "$OUT/html-strange" 2>"$OUT/html-strange.err" >/dev/null ||
    { cat "$OUT/html-strange.err"; FAILED+=(html-report-strange); }
"$JAVA" -jar "$VNU" --errors-only --skip-non-html --format gnu "$OUT/html" "$OUT/html-strange" >"$OUT/vnu.txt" 2>&1
code=$?
errors=$(grep -c ':[0-9.-]*: error' "$OUT/vnu.txt")
head -n 20 "$OUT/vnu.txt"
verdict "Nu HTML checker" "$code" "$errors error(s) in $(find "$OUT/html" "$OUT/html-strange" -name '*.html' | wc -l) pages"
pages=(index.html priorities.html trajectories.html validation.html)
for f in "$OUT"/html/d/*.html; do pages+=("d/$(basename "$f")"); done
element=$(grep -l 'class="chart"' "$OUT"/html/e/*.html | head -n 1)
[ -n "$element" ] && pages+=("e/$(basename "$element")")
pages+=("e/$(basename "$(ls "$OUT"/html/e/*.html | head -n 1)")")
node "$CHECKS/check-html.mjs" "$OUT/html" "${pages[@]}" >"$OUT/axe.txt" 2>&1
code=$?
grep -E '^(axe|svg|keyboard): ' "$OUT/axe.txt" | grep -v ': minor \|: moderate ' | head -n 30
tail -n 1 "$OUT/axe.txt"
verdict "axe-core in Chromium (+ SVG labels, keyboard)" "$code" "$(tail -n 1 "$OUT/axe.txt" | sed 's/^check-html: //')"

say "PDF stocktake pack: qpdf, pdffonts, pdfinfo, pdftotext"
pdf_failed=0
for model in "$ROOT/examples/emergency-care.throughline" "$ROOT/examples/benefit-claims.throughline" "$STRANGE"; do
    name=$(basename "$model" .throughline)
    pdf="$OUT/$name.pdf"
    "$PRODUCT" report "$model" --format pdf --out "$pdf" >/dev/null 2>"$OUT/$name.pdf.err" || { cat "$OUT/$name.pdf.err"; pdf_failed=1; continue; }
    # The command's own progress lines are for the user; anything else (a library's warning) is not.
    if grep -v '^throughline: report: ' "$OUT/$name.pdf.err" | grep -q .; then
        echo "$name: the pack printed warnings on standard error:"; grep -v '^throughline: report: ' "$OUT/$name.pdf.err" | sort | uniq -c | head
        pdf_failed=1
    fi
    qpdf --check "$pdf" >"$pdf.qpdf" 2>&1 || { echo "$name: qpdf --check:"; grep -iv '^checking\|^PDF Version\|^File is not\|^No syntax' "$pdf.qpdf" | head; pdf_failed=1; }
    grep -qi 'warning' "$pdf.qpdf" && { echo "$name: qpdf warns:"; grep -i warning "$pdf.qpdf" | head; pdf_failed=1; }
    pdffonts "$pdf" >"$pdf.fonts" 2>&1
    if awk 'NR > 2 && $(NF-4) != "yes"' "$pdf.fonts" | grep -q .; then
        echo "$name: fonts not embedded:"; cat "$pdf.fonts"; pdf_failed=1
    fi
    pdfinfo "$pdf" >"$pdf.info" 2>&1
    grep -q '^Tagged: *yes' "$pdf.info" || { echo "$name: the PDF is not tagged"; pdf_failed=1; }
    echo "$name: $(grep '^Pages:' "$pdf.info" | tr -s ' '), $(grep '^Tagged:' "$pdf.info" | tr -s ' '), fonts: $(awk 'NR > 2 {print $1}' "$pdf.fonts" | sed 's/^[A-Z]*+//' | sort -u | tr '\n' ' ')"
    pdftotext -enc UTF-8 "$pdf" "$pdf.txt" 2>>"$pdf.txt.err" || { echo "$name: pdftotext failed: $(cat "$pdf.txt.err")"; pdf_failed=1; }
done
# Text inside charts and diagrams is text (extractable, searchable, read aloud), not outlines.
found=0
for label in "${FIGURE_LABELS[@]}"; do
    if grep -qF -- "$label" "$OUT/emergency-care.pdf.txt"; then found=$((found + 1)); else echo "emergency-care: pdftotext does not find the figure label \"$label\""; pdf_failed=1; fi
done
echo "emergency-care: pdftotext finds $found of ${#FIGURE_LABELS[@]} labels drawn only inside charts and diagrams"
# A right-to-left name comes out in its reading order, and nowhere backwards.
strange_txt="$OUT/$(basename "$STRANGE" .throughline).pdf.txt"
backwards=$("$PYTHON" -c 'import sys; print(sys.argv[1][::-1])' "$RTL_NAME")
rtl_count=$(grep -cF -- "$RTL_NAME" "$strange_txt")
if [ "$rtl_count" = 0 ]; then echo "$(basename "$STRANGE"): pdftotext does not find \"$RTL_NAME\" in its reading order"; pdf_failed=1; fi
if grep -qF -- "$backwards" "$strange_txt"; then echo "$(basename "$STRANGE"): \"$RTL_NAME\" comes out backwards ($backwards)"; pdf_failed=1; fi
echo "$(basename "$STRANGE"): \"$RTL_NAME\" in reading order on $rtl_count line(s), backwards on none"
verdict "PDF pack (qpdf --check, pdffonts, pdfinfo, stderr, pdftotext)" "$pdf_failed" "3 packs"

say "Workbook: openpyxl (full and read-only), LibreOffice round trip"
xlsx_failed=0
"$PRODUCT" report "$STRANGE" --format xlsx --out "$OUT/workbook.xlsx" >/dev/null 2>"$OUT/workbook.err" || { cat "$OUT/workbook.err"; xlsx_failed=1; }
"$PYTHON" - "$OUT/workbook.xlsx" "$OUT/edited.xlsx" <<'PYTHON' || xlsx_failed=1
import datetime
import sys
import openpyxl
source, edited = sys.argv[1], sys.argv[2]
import warnings
with warnings.catch_warnings(record=True) as complaints:
    warnings.simplefilter("always")
    full = openpyxl.load_workbook(source)
    streamed = openpyxl.load_workbook(source, read_only=True)
problems = 0
for complaint in complaints:
    print(f"openpyxl: warns: {complaint.message}")
    problems += 1
for sheet in full.worksheets:
    rows = sum(1 for _ in sheet.iter_rows())
    read = sum(1 for _ in streamed[sheet.title].iter_rows())
    if rows != read:
        print(f"openpyxl: {sheet.title}: read-only mode sees {read} rows of {rows}")
        problems += 1
    if sheet.title != "About" and sheet.freeze_panes != "A2" and not (sheet.freeze_panes or "").endswith("2"):
        print(f"openpyxl: {sheet.title}: the header row is not frozen ({sheet.freeze_panes})")
        problems += 1
obs = full["Observations"]
header = [c.value for c in obs[1]]
date_col, value_col = header.index("date") + 1, header.index("value") + 1
first = obs.cell(row=2, column=date_col).value
if not isinstance(first, datetime.datetime):
    print(f"openpyxl: Observations: the date is {type(first).__name__}, not a date")
    problems += 1
if not isinstance(obs.cell(row=2, column=value_col).value, (int, float)):
    print("openpyxl: Observations: the value is not a number")
    problems += 1
fill = full["Observations"]["A1"].fill.fgColor.rgb
if len(str(fill)) != 8:
    print(f"openpyxl: the header fill {fill} is not ARGB")
    problems += 1
# The edit a user makes: one more observation of the first indicator, a month after its last.
row = [c.value for c in obs[obs.max_row]]
row[date_col - 1] = row[date_col - 1] + datetime.timedelta(days=31)
row[value_col - 1] = 42.5
row[header.index("source")] = "LibreOffice round trip"
obs.append(row)
obs.cell(row=obs.max_row, column=date_col).number_format = "yyyy-mm-dd"
full.save(edited)
print(f"openpyxl: {len(full.worksheets)} sheets checked in full and read-only mode, one observation added; {problems} problem(s)")
sys.exit(1 if problems else 0)
PYTHON
# LibreOffice opens the edited workbook and saves it again, as a user of LibreOffice would.
mkdir -p "$OUT/libreoffice"
timeout 180 soffice --headless --norestore -env:UserInstallation="file://$OUT/lo-profile" --convert-to xlsx \
    --outdir "$OUT/libreoffice" "$OUT/edited.xlsx" >"$OUT/libreoffice.txt" 2>&1 || { cat "$OUT/libreoffice.txt"; xlsx_failed=1; }
if [ -s "$OUT/libreoffice/edited.xlsx" ]; then
    cp "$STRANGE" "$OUT/models/round-trip.throughline"
    "$PRODUCT" import "$OUT/models/round-trip.throughline" "$OUT/libreoffice/edited.xlsx" --importer observations \
        >"$OUT/import.txt" 2>&1 || { cat "$OUT/import.txt"; xlsx_failed=1; }
    grep -q 'LibreOffice round trip' "$OUT/models/round-trip.throughline" ||
        { echo "the observation added in the workbook did not come back into the model"; cat "$OUT/import.txt"; xlsx_failed=1; }
    echo "round trip: $(head -n 1 "$OUT/import.txt")"
else
    echo "LibreOffice wrote no workbook"; cat "$OUT/libreoffice.txt"; xlsx_failed=1
fi
verdict "Workbook (openpyxl, LibreOffice round trip)" "$xlsx_failed" "export, edit, re-save in LibreOffice, import"

if [ ${#FAILED[@]} -gt 0 ]; then
    echo "check-outputs: FAILED: ${FAILED[*]} (details in $OUT)" >&2
    exit 1
fi
echo "check-outputs: every output passed its clients (details in $OUT)"
