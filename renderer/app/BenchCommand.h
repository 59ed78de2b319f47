#pragma once
#include <CLI/CLI.hpp>

namespace landslide {
// landslide bench --scene NAME [--feed FILE] [--size WxH] [--frames N]: per-stage frame
// times (GL timer queries) for a named scene, redrawn every frame; JSON on stdout.
void addBenchCommand(CLI::App& app, int& exitCode);
} // namespace landslide
