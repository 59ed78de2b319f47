#pragma once
#include <CLI/CLI.hpp>

namespace landslide {
// landslide bench [--scene NAME] [--size WxH] [--frames N] [--gl …] [--json]: every
// standard scene (or one) through the full pipeline on the bundled samples, then the
// feed's parse cost, feed-to-air latency and start-to-first-frame (docs/PERFORMANCE.md).
void addBenchCommand(CLI::App& app, int& exitCode);
} // namespace landslide
