#pragma once
#include <CLI/CLI.hpp>

namespace landslide {
// landslide console [--feed SOURCE] [--show SHOWFILE] [--out SPEC ...] [--size WxH]
//   [--fps R] [--amcp HOST:PORT] [--http HOST:PORT]: the operator console.
void addConsoleCommand(CLI::App& app, int& exitCode);
} // namespace landslide
