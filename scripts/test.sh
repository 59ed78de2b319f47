#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a passing test suite: installs what is
# missing, checks formatting, builds, runs every test, then runs them again under
# AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/check-format.sh
scripts/build.sh build
(cd build && ctest --output-on-failure -j2 --timeout 900)
# Under the sanitizers: every suite that needs no GL (parsers, validators, derived
# figures, playout, shows, AMCP parsing, CLI contracts), with leak checking. The GL
# suites ran above; Mesa's allocations are not ours to fix and double the run time.
scripts/build.sh build-asan -DLANDSLIDE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
# rehearsal_tests replays whole 650-seat nights several times (68 s normally, past 10
# minutes under ASan): it runs in the pass above; its CLI suite runs here.
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j2 --timeout 900 -L nogl -E '^rehearsal_tests$')
