#include "OfflineRender.h"

#include <cstdio>

namespace landslide {

bool OfflineRender::frame(int64_t f, Playout& playout) {
  const bool animating = playout.animating(f);
  const bool redraw = playout.version() != drawnVersion_ || animating || wasAnimating_;
  wasAnimating_ = animating;
  drawnVersion_ = playout.version();
  channel_.renderFrame(
      f, [&](Canvas& canvas) { playout.draw(f, canvas); }, redraw);
  if (auto failure = channel_.sinkFailure()) {
    std::fprintf(stderr, "landslide render: %s\n", failure->c_str());
    return false;
  }
  return true;
}

bool OfflineRender::finish() {
  bool ok = true;
  for (const std::string& e : channel_.finish()) {
    std::fprintf(stderr, "landslide render: %s\n", e.c_str());
    ok = false;
  }
  return ok;
}

} // namespace landslide
