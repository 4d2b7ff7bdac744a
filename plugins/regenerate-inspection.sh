#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
#
# Regenerates the EMF model code of the example plugin (plugins/org.example.inspection/src-gen)
# from plugins/org.example.inspection/model/inspection.genmodel, outside any IDE, with the SDK's
# own command, as a plugin author does: `throughline generate-model FOLDER` (docs/SDK.md). The
# repository's ./throughline builds the product first when it is not built.
# Run it after changing inspection.ecore; on an unchanged model it changes nothing.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
exec "$ROOT/throughline" generate-model "$ROOT/plugins/org.example.inspection" "$@"
