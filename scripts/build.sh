#!/usr/bin/env bash
# Configures and builds Landslide into build/ (or $1), passing further arguments to CMake.
# BUILD_TARGETS (space-separated) builds only those targets. ccache is used when
# installed (it is not a dependency): rebuilds of a clean clone are then mostly cache hits.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-build}"
shift || true
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# Warnings are errors here (CI and the test command); a plain cmake build has them off.
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLANDSLIDE_WERROR=ON "${launcher[@]}" "$@" >/dev/null
targets=()
for t in ${BUILD_TARGETS:-}; do targets+=(--target "$t"); done
cmake --build "$dir" -j"$(nproc)" "${targets[@]}"
