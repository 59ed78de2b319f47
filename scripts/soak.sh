#!/usr/bin/env bash
# Soak (docs/PERFORMANCE.md): `landslide serve` headless at 1080p50 for N minutes
# (default 10) with vote-bars on air, a feed revision every second and CG commands every
# few seconds; prints ticks, drops and RSS every ~10 s and a summary. Needs a built
# build/renderer/landslide and node.
# Usage: scripts/soak.sh [MINUTES] [--size WxH] [--fps N]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-10}"
shift || true
export LANDSLIDE_BINARY="${LANDSLIDE_BINARY:-$PWD/build/renderer/landslide}"
export LANDSLIDE_SOURCE_DIR="$PWD"
export LANDSLIDE_TEST_OUTPUT="${LANDSLIDE_TEST_OUTPUT:-${TMPDIR:-/tmp}/landslide-soak}"
[ -x "$LANDSLIDE_BINARY" ] || { echo "soak: build landslide first (scripts/build.sh)" >&2; exit 2; }
exec node tests/bench/soak.mjs --seconds "$(awk "BEGIN{print int($minutes*60)}")" "$@"
