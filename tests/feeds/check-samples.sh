#!/usr/bin/env bash
# The committed sample feeds are exactly what the importer makes from the committed
# Library CSVs: regenerate them into a scratch folder and compare byte for byte.
#   check-samples.sh FEED_CLI SOURCE_DIR
set -euo pipefail
cli=$1
root=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$root/feeds/samples/regenerate.sh" "$cli" "$out" 2>/dev/null
status=0
for f in "$root"/feeds/samples/*.json; do
  name=$(basename "$f")
  if ! cmp -s "$f" "$out/$name"; then
    echo "sample $name differs from the importer's output:"
    diff -u "$f" "$out/$name" | head -40
    status=1
  fi
done
for f in "$out"/*.json; do
  [ -e "$root/feeds/samples/$(basename "$f")" ] || { echo "importer made $(basename "$f"), not committed"; status=1; }
done
[ $status -eq 0 ] && echo "samples reproducible: $(ls "$out" | wc -l) files identical"
exit $status
