#!/usr/bin/env bash
# Benchmark (not CI): headless `serve` at WxH@FPS with vote-bars (Mid Bedfordshire) on air
# and a feed revision every second (the update animation runs most of the time); prints
# ticks, drops, frames drawn and the serve process's CPU seconds at the end.
# Usage: tests/bench/serve-updates.sh [SECONDS] [WxH] [FPS]   (defaults: 60 1920x1080 50)
# $LANDSLIDE_PIPELINE passes through (e.g. legacy) for a side-by-side run.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
size="${2:-1920x1080}"
fps="${3:-50}"
work=$(mktemp -d)
port=$((18000 + $$ % 1000))
cp feeds/samples/by-elections-2023-10-19.json "$work/feed.json"
build/renderer/landslide serve --feed "$work/feed.json" --size "$size" --fps "$fps" --http "127.0.0.1:$port" \
  --amcp off --state-dir "$work/state" >"$work/serve.log" 2>&1 &
serve=$!
trap 'kill $serve 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -sf "localhost:$port/api/state" >/dev/null && break; sleep 0.1; done
curl -sf -X POST "localhost:$port/api/layers/10/take" -d '{"scene":"vote-bars","contest":"E14000813"}' >/dev/null
sleep 3 # the entrance
state() { curl -sf "localhost:$port/api/state" | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["ticks"], s["framesDropped"], s["framesDrawn"])'; }
cpu() { awk '{print ($14 + $15) / 100}' "/proc/$serve/stat"; }
read -r t0 d0 f0 <<<"$(state)"
c0=$(cpu)
for i in $(seq "$seconds"); do
  python3 - "$work" "$i" <<'PY'
import json, sys, os
work, i = sys.argv[1], int(sys.argv[2])
doc = json.load(open(f"{work}/feed.json"))
c = next(c for c in doc["contests"] if c["id"] == "E14000813")
c["revision"] = c.get("revision", 1) + 1
cand = max(c["candidates"], key=lambda x: x["votes"])
delta = 1000 if i % 2 else -1000
cand["votes"] += delta
c["validVotes"] += delta
json.dump(doc, open(f"{work}/next.json", "w"))
os.replace(f"{work}/next.json", f"{work}/feed.json")
PY
  sleep 1
done
read -r t1 d1 f1 <<<"$(state)"
c1=$(cpu)
echo "pipeline=${LANDSLIDE_PIPELINE:-default} seconds=$seconds ticks=$((t1 - t0)) dropped=$((d1 - d0)) drawn=$((f1 - f0)) cpu_s=$(python3 -c "print(round($c1 - $c0, 2))")"
