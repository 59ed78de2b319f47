#pragma once
// The feed's own costs: parse + validate + derive of a document (what every live
// revision costs a source's worker), and feed-to-air: a new file lands in a watched
// file source → the first program frame with it on air, through the LiveEngine and
// file source exactly as `serve` runs them.
#include "BenchStats.h"

#include "program/RenderSetup.h"

#include <string>
#include <vector>

namespace landslide::bench {

struct ParseResultTimes {
  std::string file, error;
  int runs = 0;
  std::size_t contests = 0;
  Summary ms;
};
ParseResultTimes benchFeedParse(const std::string& file, int runs);

struct FeedToAirRequest {
  std::string feedFile, scene = "vote-bars", contest;
  FrameSize size;
  HeadlessPlatform platform = HeadlessPlatform::Auto;
  std::string theme;
  int landings = 6;
};
struct FeedToAirResult {
  std::string error;
  std::vector<double> frames, ms;  // per landing: channel frames and milliseconds until on air
  uint64_t ticks = 0, dropped = 0; // the engine's, over the whole run
};
FeedToAirResult benchFeedToAir(const FeedToAirRequest& request);

} // namespace landslide::bench
