#pragma once
#include <CLI/CLI.hpp>

namespace landslide {
// landslide render --feed FILE --scene NAME [--contest ID] [--size WxH] [--fps R]
//   [--at SECONDS | --frames FIRST:LAST] [--steps "T CMD; …"] --out SPEC …
void addRenderCommand(CLI::App& app, int& exitCode);
// landslide scenes: the scene names, one per line
void addScenesCommand(CLI::App& app, int& exitCode);
} // namespace landslide
