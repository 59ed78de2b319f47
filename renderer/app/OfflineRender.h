#pragma once
// The frame loop's end that `render` and `render --as-run` share: a frame is drawn again
// only when the playout changed or something moves, the first sink failure stops the
// render, and every sink is finished with its errors said on stderr.
#include "playout/Playout.h"
#include "program/ProgramChannel.h"

#include <cstdint>

namespace landslide {

class OfflineRender {
public:
  explicit OfflineRender(ProgramChannel& channel) : channel_(channel) {}
  // Renders frame f of the playout; false (said on stderr) once a sink has failed.
  bool frame(int64_t f, Playout& playout);
  // Finishes every sink; false when any failed (each said on stderr).
  bool finish();

private:
  ProgramChannel& channel_;
  uint64_t drawnVersion_ = 0;
  bool wasAnimating_ = true;
};

} // namespace landslide
