#pragma once
// Draw failures reported once per episode: a layer whose scene throws frame after frame
// is one as-run entry ("DRAW", the reason) until it draws cleanly again or leaves the
// channel — never one a frame. While it lasts the layer's error is in the state (the
// console's badge, /api/state, the event stream).
#include "AsRunLog.h"

#include <map>
#include <string>
#include <vector>

namespace landslide {

class DrawFaults {
public:
  // After a frame was drawn: `faults` are the layers that failed in it; every other layer
  // on `playout` drew cleanly. New episodes are recorded in `log`.
  void drawn(int64_t frame, const std::vector<LayerFault>& faults, const Playout& playout, AsRunLog& log);
  // The reason a layer is failing now ("" when it draws).
  std::string error(int layer) const;

private:
  std::map<int, std::string> failing_;
};

} // namespace landslide
