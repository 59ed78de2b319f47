#pragma once
#include <CLI/CLI.hpp>

namespace landslide {
// landslide rehearse --candidacies K.csv --constituencies C.csv [--previous-candidacies PK.csv
//   | --notional N.csv] [--speed X|max] [--start HH:MM] [--until HH:MM] [--seed N]
//   [--winner-first P] [--recounts N] [--corrections N] [--history DIR]
//   (--out FEED.json | --push URL [--token T])
void addRehearseCommand(CLI::App& app, int& exitCode);
} // namespace landslide
