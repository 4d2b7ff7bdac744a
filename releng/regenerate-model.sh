#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
#
# Regenerates the EMF model and edit code (bundles/org.throughline.model/src-gen,
# bundles/org.throughline.model.edit/src-gen and icons/) from
# bundles/org.throughline.model/model/throughline.genmodel, outside any IDE.
# Run it after changing throughline.ecore; commit the model and the generated code together.
# On an unchanged model it changes nothing (git status stays clean).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"

# EMF and the Maven build need Java 21 or newer; the machine's default java may be older.
. "$ROOT/features/org.throughline.feature/rootfiles/find-jdk.sh"
throughline_find_jdk || exit 1
JAVA_HOME=$THROUGHLINE_JAVA_HOME
export JAVA_HOME

exec "$ROOT/mvnw" -q -B -f "$ROOT/releng/org.throughline.codegen/pom.xml" compile exec:java "$@"
