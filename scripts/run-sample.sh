#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to Landslide on the bundled sample: installs
# what is missing, builds, then opens the operator console with Mid Bedfordshire when a
# display is present — otherwise (and always under CI) renders the sample to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh build
bin=build/renderer/landslide
feed=feeds/samples/by-elections-2023-10-19.json
contest=E14000813 # Mid Bedfordshire

if [ -n "${DISPLAY:-}" ] && [ -z "${CI:-}" ]; then
  mkdir -p out
  exec "$bin" console --feed "$feed" --show out/show.json
fi

mkdir -p out
echo "Rendering the Mid Bedfordshire by-election sample into out/ …"
for scene in $("$bin" scenes | awk '{print $1}' | grep -v '^test-card$'); do
  "$bin" render --feed "$feed" --contest "$contest" --scene "$scene" --at 5 --out "out/$scene.png"
done
"$bin" render --feed "$feed" --contest "$contest" --scene seat-change --steps "4 out" --frames 0:249 --out out/seat-change.mov
echo "Done:"
ls -1 out/ | sed 's/^/  out\//'
