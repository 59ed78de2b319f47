#pragma once
#include <CLI/CLI.hpp>

namespace landslide {
// landslide serve [--feed SOURCE …] [--show SHOWFILE] [--size WxH] [--fps R] [--out SPEC …]
//   [--amcp HOST:PORT|off] [--http HOST:PORT|off] [--token T] [--state-dir DIR]
//   [--journal FILE] [--as-run FILE]
// The playout engine with no display (headless EGL), program to the --out sinks,
// driven over AMCP and HTTP; runs until SIGINT or SIGTERM.
void addServeCommand(CLI::App& app, int& exitCode);
} // namespace landslide
