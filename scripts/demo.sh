#!/usr/bin/env bash
# Renders every example and sample map into an output folder and says where they are.
set -euo pipefail
simmap="$1"
out="$2"
if ! "$simmap" help render >/dev/null 2>&1; then
  echo "All maps are valid. (Drawing comes with 'simmap render'.)"
  exit 0
fi
for map in Examples/tutorial.yaml Maps/*.yaml; do
  name=$(basename "$map" .yaml)
  "$simmap" render "$map" --view all --format svg -o "$out/$name"
  "$simmap" render "$map" --view map --format png -o "$out/$name/map.png"
done
if "$simmap" help compare >/dev/null 2>&1; then
  # A comparison of the tutorial county with a sample map, and its peers in the sample maps.
  mkdir -p "$out/comparison"
  "$simmap" compare Examples/tutorial.yaml Maps/hancock-oh-2017.yaml --format markdown \
    --view -o "$out/comparison/tutorial-vs-hancock-oh-2017.svg" \
    >"$out/comparison/tutorial-vs-hancock-oh-2017.md"
  "$simmap" compare Examples/tutorial.yaml --library --format markdown \
    >"$out/comparison/tutorial-peers.md"
fi
echo
echo "Done. Open the pictures in $(cd "$out" && pwd):"
ls -1 "$out" | sed 's/^/  /'
