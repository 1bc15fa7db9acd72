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
echo
echo "Done. Open the pictures in $(cd "$out" && pwd):"
ls -1 "$out" | sed 's/^/  /'
