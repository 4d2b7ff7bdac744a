#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
#
# Draws the six built-in diagrams of every example model, laid out, into the representations
# file beside it (examples/NAME.throughline-diagrams), which ships with the example: a user who
# opens an example finds its diagrams there and opening them changes nothing.
# Run it after changing an example model or a built-in viewpoint, and commit the result.
# It uses the headless `throughline diagram ... --keep NAME` of the built product (./throughline
# builds it when stale; THROUGHLINE=path/to/product/throughline uses that product as it is).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
THROUGHLINE="${THROUGHLINE:-$ROOT/throughline}"
cd "$ROOT/examples"

# The service each example's Service Flow diagram shows: the one with the most steps.
declare -A SERVICE=(
    [emergency-care]=ec-svc-ed
    [school-literacy]=sl-svc-early-reading
    [benefit-claims]=bc-svc-pip
)

# The journey each example's User Journey diagram shows: its one journey.
declare -A JOURNEY=(
    [emergency-care]=ec-journey-frail
    [school-literacy]=sl-journey-struggling-reader
    [benefit-claims]=bc-journey-pip
)

for model in emergency-care school-literacy benefit-claims; do
    rm -f "$model.throughline-diagrams"
    "$THROUGHLINE" diagram "$model.throughline" --viewpoint delivery-chain --keep "Delivery Chain"
    "$THROUGHLINE" diagram "$model.throughline" --viewpoint outcome-map --keep "Outcome Map"
    "$THROUGHLINE" diagram "$model.throughline" --viewpoint accountability --keep "Accountability"
    "$THROUGHLINE" diagram "$model.throughline" --viewpoint service-flow --root "${SERVICE[$model]}" --keep "Service Flow"
    "$THROUGHLINE" diagram "$model.throughline" --viewpoint dependencies --keep "Dependencies"
    "$THROUGHLINE" diagram "$model.throughline" --viewpoint user-journey --root "${JOURNEY[$model]}" --keep "User Journey"
done
