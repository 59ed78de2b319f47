#pragma once
// landslide render --as-run LOG --feed-history DIR [--frames A:B] --out SPEC: a night
// rendered again offline from what the live engine recorded — each command of the
// as-run log at its frame, each feed revision at the frame it went on air — through the
// same Playout, so the frames are the live channel's pixels (scenes are pure functions
// of data, frame and layer timing). Give the live channel's --size, --fps and --theme.
#include "program/ChannelArgs.h"

#include <cstdint>
#include <optional>
#include <string>

namespace landslide {

struct AsRunRenderArgs {
  ChannelArgs channel;
  std::string theme;
  std::string asRun;                                 // the as-run log (JSON lines)
  std::string feedHistory;                           // the engine's feed history directory
  std::optional<std::pair<int64_t, int64_t>> frames; // default: 0 to the last event and four seconds more
};

// 0 rendered; 1 a sink failed; 2 bad input (one line on stderr).
int renderAsRun(const AsRunRenderArgs& args);

} // namespace landslide
