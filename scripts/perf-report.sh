#!/usr/bin/env bash
# Re-measures the figures of docs/PERFORMANCE.md and prints them as Markdown: the bench
# table (every standard scene at 1080p, the feed, feed-to-air, start to first frame), the
# comparison with Chromium and a short soak. Nothing is written to the tree.
# Usage: scripts/perf-report.sh [SOAK_MINUTES]   (default 2; build landslide first)
set -euo pipefail
cd "$(dirname "$0")/.."
soak_minutes="${1:-2}"
bin="${LANDSLIDE_BINARY:-build/renderer/landslide}"
[ -x "$bin" ] || { echo "perf-report: build landslide first (scripts/build.sh)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "perf-report: landslide bench …" >&2
"$bin" bench --json >"$work/bench.json" || echo "perf-report: a scene failed (its error is in the table)" >&2
echo "perf-report: Chromium comparison …" >&2
scripts/bench-vs-chromium.sh >"$work/chromium.txt" 2>"$work/chromium.err" || echo "(failed: $(tail -3 "$work/chromium.err"))" >>"$work/chromium.txt"
echo "perf-report: soak, $soak_minutes min …" >&2
scripts/soak.sh "$soak_minutes" >"$work/soak.txt" 2>&1 || echo "(soak failed)" >>"$work/soak.txt"

python3 - "$work/bench.json" <<'PY'
import json, os, platform, subprocess, sys
b = json.load(open(sys.argv[1]))
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
print(f"## Performance report ({subprocess.run(['date', '-u', '+%Y-%m-%d %H:%M UTC'], capture_output=True, text=True).stdout.strip()})\n")
print(f"Machine: {cpu}, {os.cpu_count()} CPUs; GL: {b['gl']}; commit {subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()}\n")
print(f"### `landslide bench` ({b['size']}, loop: {b['loop']})\n")
stages = next((list(s["stages"]) for s in b["scenes"] if "stages" in s), [])
print("| scene | fps | CPU ms/frame | " + " | ".join(f"{n} med / p99" for n in stages) + " | vertices | peak RSS MiB |")
print("|---" * (5 + len(stages)) + "|")
for s in b["scenes"]:
    if "error" in s:
        print(f"| {s['scene']} | error: {s['error']} |")
        continue
    cells = [f"{s['stages'][n]['median_ms']:.2f} / {s['stages'][n]['p99_ms']:.2f}" for n in stages]
    print(f"| {s['scene']}{'' if s['animated'] else ' (still)'} | {s['fps']:.1f} | {s['cpu_ms_per_frame']:.1f} | " + " | ".join(cells) + f" | {s['vertices']} | {s['peak_rss_mib']:.0f} |")
p, a = b.get("feed_parse", {}), b.get("feed_to_air", {})
print(f"\n- parse + validate + derive, {p.get('contests')} contests: median {p.get('median_ms')} ms, p99 {p.get('p99_ms')} ms ({p.get('runs')} runs)")
print(f"- feed-to-air: median {a.get('median_frames')} frames ({a.get('median_ms')} ms), max {a.get('max_frames')} frames, {a.get('landings')} landings")
print(f"- process start to first frame at the sink: {b.get('start_to_first_frame_ms')} ms\n")
PY
echo "### Chromium comparison (\`scripts/bench-vs-chromium.sh\`)"
echo
sed 's/^/    /' "$work/chromium.txt"
echo
echo "### Soak (\`scripts/soak.sh $soak_minutes\`)"
echo
grep -E "^soak|^ *[0-9]+ s " "$work/soak.txt" | sed 's/^/    /' || sed 's/^/    /' "$work/soak.txt"
