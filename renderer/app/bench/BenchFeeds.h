#pragma once
// The data each scene is benchmarked on: single-seat scenes on the Mid Bedfordshire
// by-election, national scenes on the 650-seat GE2024 sample (feeds/samples), and a
// revision of either with votes moved, so a data update has something to animate.
#include "feeds/Snapshot.h"

#include <string>

namespace landslide::bench {

inline constexpr const char* kMidBedfordshire = "E14000813";

std::string samplesDirectory(); // $LANDSLIDE_SAMPLES, else the source tree's feeds/samples
std::string seatSample();       // by-elections-2023-10-19.json
std::string nationalSample();   // ge2024.json

struct BenchFeed {
  SnapshotPtr data, revised; // revised: `data` with votes moved in every contest
  std::string file, error;   // error: why it could not be loaded ("" when loaded)
};
// Loads a feed and builds its revision through the same writer and parser a feed takes.
BenchFeed loadBenchFeed(const std::string& file);
// The feed document of `data` revised: in every contest the leader gives `percent` of its
// votes to the runner-up (small enough not to change the winner) and the contest's
// revision rises by `revisions`.
std::string revisedFeedText(const ResultsSnapshot& data, int revisions, int percent);

} // namespace landslide::bench
