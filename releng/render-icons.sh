#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
#
# Renders Throughline's icon set: every SVG source in bundles/org.throughline.ui.editor/icons-src
# (drawn on a 16 x 16 grid) becomes PNGs in bundles/org.throughline.ui.editor/icons/concepts:
# NAME.png (16 px) and NAME@2x.png (32 px, for HiDPI screens), NAME-32.png (32 px) and
# NAME-32@2x.png (64 px). Needs ImageMagick (apt-get install -y imagemagick). Run it after
# changing a source, and commit the PNGs with it.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SOURCES="$ROOT/bundles/org.throughline.ui.editor/icons-src"
OUT="$ROOT/bundles/org.throughline.ui.editor/icons/concepts"
command -v convert >/dev/null || { echo "render-icons: ImageMagick's convert is missing: apt-get install -y imagemagick" >&2; exit 2; }
mkdir -p "$OUT"
rm -f "$OUT"/*.png
for svg in "$SOURCES"/*.svg; do
    name="$(basename "$svg" .svg)"
    # ImageMagick reads an SVG pixel at 96 dpi: 96 draws the 16-unit grid at 16 px; the density scales it. -strip leaves out dates, so a
    # rerun on unchanged sources changes no byte.
    convert -background none -density 96 "$svg" -strip "PNG32:$OUT/$name.png"
    convert -background none -density 192 "$svg" -strip "PNG32:$OUT/$name@2x.png"
    cp "$OUT/$name@2x.png" "$OUT/$name-32.png"
    convert -background none -density 384 "$svg" -strip "PNG32:$OUT/$name-32@2x.png"
done
echo "render-icons: $(ls "$SOURCES"/*.svg | wc -l) icons in $OUT"
