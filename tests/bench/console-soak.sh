#!/usr/bin/env bash
# Benchmark (not part of CI): the console under Xvfb at 1080p50 for N seconds (default
# 300) with one item on air and a new feed revision every second, then prints the
# console's tick/redraw/drop summary.
# Usage: tests/bench/console-soak.sh [SECONDS] [WxH] [FPS]   (defaults: 300 1920x1080 50)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-300}"
size="${2:-1920x1080}"
fps="${3:-50}"
work=$(mktemp -d)
display=":$((60 + $$ % 30))"
Xvfb "$display" -screen 0 3840x1200x24 -noreset >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb $wm $writer 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
DISPLAY=$display openbox >/dev/null 2>&1 &
wm=$!
cp feeds/samples/by-elections-2023-10-19.json "$work/feed.json"
printf '{"name":"soak","items":[{"label":"bars","scene":"vote-bars","contest":"E14000813","layer":10}]}' >"$work/show.json"
# A revision every second: Labour's count moves by a vote, written with an atomic rename.
(
  i=0
  while true; do
    i=$((i + 1))
    /usr/bin/python3 - "$work" "$i" <<'PY'
import json, sys, os
work, i = sys.argv[1], int(sys.argv[2])
doc = json.load(open(f"{work}/feed.json"))
c = doc["contests"][0]
c["revision"] = c.get("revision", 1) + 1
cand = max(c["candidates"], key=lambda x: x["votes"])
delta = 1 if i % 2 else -1
cand["votes"] += delta
c["validVotes"] += delta
json.dump(doc, open(f"{work}/next.json", "w"))
os.replace(f"{work}/next.json", f"{work}/feed.json")
PY
    sleep 1
  done
) &
writer=$!
DISPLAY=$display build/renderer/landslide console --feed "$work/feed.json" --show "$work/show.json" \
  --size "$size" --fps "$fps" --as-run "$work/as-run.jsonl" 2>"$work/console.log" &
console=$!
sleep 8
console_window=$(DISPLAY=$display xdotool search --name "Landslide console" | head -1)
DISPLAY=$display xdotool windowactivate --sync "$console_window" key F1 space
sleep "$seconds"
kill -TERM $console
wait $console || true
grep "landslide console:" "$work/console.log"
