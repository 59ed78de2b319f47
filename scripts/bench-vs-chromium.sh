#!/usr/bin/env bash
# The side-by-side comparison with HTML graphics (docs/PERFORMANCE.md): Debian's Chromium
# with its GPU off, under Xvfb at 1920x1080 in a 1920x1080 kiosk window, draws
# tests/bench/html/vote-bars.html (vote-bars as an HTML/CSS template: entrance, hold, in a
# loop); then Landslide draws the same entrance loop through its full pipeline (landslide
# bench --loop entrance). Prints the CPU per animated frame of each and their ratio.
# Chromium: utime+stime of all its processes over the measured cycles / the frames it
# drew while animating (requestAnimationFrame, counted in the page). Landslide: process
# CPU (llvmpipe's and the sink's threads included) / animated frames. Xvfb's own CPU
# (drawing Chromium's window) is printed beside it, not counted.
# Installs the chromium package with apt-get when it is missing (says so first).
# Usage: scripts/bench-vs-chromium.sh [CYCLES] [LANDSLIDE_FRAMES]   (defaults: 8 300)
set -euo pipefail
cd "$(dirname "$0")/.."
cycles="${1:-8}"
frames="${2:-300}"
bin="${LANDSLIDE_BINARY:-build/renderer/landslide}"
[ -x "$bin" ] || { echo "bench-vs-chromium: build landslide first (scripts/build.sh)" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "bench-vs-chromium: needs Xvfb (Debian package xvfb)" >&2; exit 2; }
scripts/lib/ensure-chromium.sh

work=$(mktemp -d)
display=":$((70 + $$ % 20))"
xvfb="" chrome=""
cleanup() {
  [ -n "$chrome" ] && kill "$chrome" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
sleep 1

# --no-sandbox: Chromium refuses to run as root without it (CI runs as root).
DISPLAY=$display chromium --disable-gpu --no-sandbox --user-data-dir="$work/profile" --no-first-run \
  --no-default-browser-check --disable-extensions --disable-sync --disable-background-networking \
  --disable-component-update --password-store=basic --disable-backgrounding-occluded-windows \
  --disable-renderer-backgrounding --disable-background-timer-throttling --window-position=0,0 --window-size=1920,1080 \
  --kiosk --app="file://$PWD/tests/bench/html/vote-bars.html?cycles=$cycles" \
  --enable-logging=stderr --v=0 >"$work/chromium.log" 2>&1 &
chrome=$!

wait_for() { # PATTERN SECONDS: until the page logs it
  for _ in $(seq $(($2 * 10))); do
    grep -q "$1" "$work/chromium.log" && return 0
    kill -0 "$chrome" 2>/dev/null || { echo "chromium exited:" >&2; tail -20 "$work/chromium.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "bench-vs-chromium: no '$1' from the page after $2 s" >&2
  tail -20 "$work/chromium.log" >&2
  exit 1
}
wait_for BENCH-START 120
read -r cpu0 procs0 < <(scripts/lib/proc-cpu.py "$chrome")
read -r xcpu0 _ < <(scripts/lib/proc-cpu.py "$xvfb")
t0=$(date +%s.%N)
wait_for BENCH-END $((cycles * 10 + 60))
read -r cpu1 procs1 < <(scripts/lib/proc-cpu.py "$chrome")
read -r xcpu1 _ < <(scripts/lib/proc-cpu.py "$xvfb")
t1=$(date +%s.%N)
chrome_frames=$(grep -o 'BENCH-END animated=[0-9]*' "$work/chromium.log" | head -1 | cut -d= -f2)
kill "$chrome" 2>/dev/null || true
wait "$chrome" 2>/dev/null || true
chrome=""
chromium_version=$(chromium --version 2>/dev/null | head -1)

"$bin" bench --scene vote-bars --loop entrance --frames "$frames" --landings 0 --parse-runs 1 --json >"$work/landslide.json"

python3 - "$cpu0" "$cpu1" "$chrome_frames" "$procs1" "$work/landslide.json" "$chromium_version" \
  "$xcpu0" "$xcpu1" "$t0" "$t1" <<'PY'
import json, sys
cpu0, cpu1, frames, procs = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
xvfb_ms = (float(sys.argv[8]) - float(sys.argv[7])) * 1000 / frames
seconds = float(sys.argv[10]) - float(sys.argv[9])
bench = json.load(open(sys.argv[5]))
s = bench["scenes"][0]
chrome_ms = (cpu1 - cpu0) * 1000 / frames
ours = s["cpu_ms_per_frame"]
print(f"vote-bars entrance loop, 1920x1080, same machine ({bench['cpus']} CPUs), one run:")
print(f"  {sys.argv[6]} --disable-gpu: {chrome_ms:.2f} ms CPU per animated frame "
      f"({cpu1 - cpu0:.2f} s CPU over {frames} animated frames in {seconds:.1f} s, {procs} processes)")
print(f"    + Xvfb putting its frames on the X screen: {xvfb_ms:.2f} ms per frame (not in the ratio)")
print(f"  Landslide ({bench['gl']}): {ours:.2f} ms CPU per animated frame "
      f"({s['frames']} frames, {s['fps']} fps end to end)")
print(f"  ratio Landslide / Chromium: {ours / chrome_ms:.2f} (target <= 0.33)")
PY
