#!/usr/bin/env bash
# Regenerates the sample feeds from the House of Commons Library CSVs committed under
# tests/data/commons-library, with the importer. The output is byte-for-byte stable;
# tests/feeds/check-samples.sh runs this into a scratch folder and diffs.
#
#   feeds/samples/regenerate.sh LANDSLIDE_BINARY [OUT_DIR]    (default OUT_DIR: feeds/samples)
set -euo pipefail
bin=${1:?usage: regenerate.sh LANDSLIDE_BINARY [OUT_DIR]}
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${2:-$root/feeds/samples}
data=$root/tests/data/commons-library
mkdir -p "$out"

"$bin" import commons-library \
  --candidacies "$data/by-elections-2019-2024/candidacies.csv" \
  --constituencies "$data/by-elections-2019-2024/constituencies.csv" \
  --previous-candidacies "$data/ge2019/candidacies.csv" \
  --previous-constituencies "$data/ge2019/constituencies.csv" \
  --only E14000813 --only E14000986 \
  --name "Mid Bedfordshire and Tamworth by-elections" --date 2023-10-19 --previous-label 2019 \
  --out "$out/by-elections-2023-10-19.json"

"$bin" import commons-library \
  --candidacies "$data/by-elections-2024-2029/candidacies.csv" \
  --constituencies "$data/by-elections-2024-2029/constituencies.csv" \
  --previous-candidacies "$data/ge2024/candidacies.csv" \
  --previous-constituencies "$data/ge2024/constituencies.csv" \
  --only E14001455 \
  --name "Runcorn and Helsby by-election" --date 2025-05-01 --previous-label 2024 \
  --out "$out/runcorn-and-helsby-2025.json"

"$bin" import commons-library \
  --candidacies "$data/ge2024/candidacies.csv" \
  --constituencies "$data/ge2024/constituencies.csv" \
  --notional "$data/ge2024/notional-2019-on-2024-boundaries.csv" \
  --name "UK general election 2024" --date 2024-07-04 --previous-label "2019 notional" \
  --out "$out/ge2024.json"

"$bin" import commons-library \
  --candidacies "$data/ge2019/candidacies.csv" \
  --constituencies "$data/ge2019/constituencies.csv" \
  --previous-candidacies "$data/ge2017/candidacies.csv" \
  --previous-constituencies "$data/ge2017/constituencies.csv" \
  --name "UK general election 2019" --date 2019-12-12 --previous-label 2017 \
  --out "$out/ge2019.json"
