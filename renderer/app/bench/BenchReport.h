#pragma once
// What `landslide bench` prints: a table for people, or --json for scripts.
#include "FeedBench.h"
#include "SceneBench.h"

#include <optional>
#include <string>
#include <vector>

namespace landslide::bench {

struct BenchReport {
  std::string size, gl, loop;
  int cpus = 0;
  std::vector<SceneResult> scenes;
  std::optional<ParseResultTimes> feedParse;
  std::optional<FeedToAirResult> feedToAir;
  std::optional<double> startToFirstFrameMs;
};

std::string reportJson(const BenchReport& report);
std::string reportTable(const BenchReport& report);

} // namespace landslide::bench
