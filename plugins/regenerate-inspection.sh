#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
#
# Regenerates the EMF model code of the example plugin (plugins/org.example.inspection/src-gen)
# from plugins/org.example.inspection/model/inspection.genmodel, outside any IDE.
# Run it after changing inspection.ecore; on an unchanged model it changes nothing.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
. "$ROOT/features/org.throughline.feature/rootfiles/find-jdk.sh"
throughline_find_jdk || exit 1
JAVA_HOME=$THROUGHLINE_JAVA_HOME
export JAVA_HOME

exec "$ROOT/mvnw" -q -B -f "$ROOT/plugins/org.example.inspection.codegen/pom.xml" compile exec:java "$@"
