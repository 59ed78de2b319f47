#include "AnimatedLoop.h"

namespace landslide::bench {

AnimatedLoop::AnimatedLoop(Playout& playout, LayerItem item, SnapshotPtr data, SnapshotPtr revised, LoopKind kind)
    : playout_(playout), item_(std::move(item)), data_{std::move(data), std::move(revised)}, kind_(kind) {}

std::string AnimatedLoop::start(int64_t frame) {
  playout_.setData(data_[0]);
  std::string error = playout_.take(kLayer, item_, frame);
  entered_ = error.empty();
  entrances_ += entered_ ? 1 : 0;
  return error;
}

std::optional<int64_t> AnimatedLoop::animatedFrame(int64_t frame) {
  // Two tries: an update that moves nothing is followed by an entrance, which must move.
  for (int tries = 0; tries < 3; ++tries) {
    if (playout_.animating(frame)) return frame;
    if (entered_ && kind_ == LoopKind::EntranceAndUpdate && data_[1]) {
      shown_ = 1 - shown_;
      playout_.update(data_[shown_], frame);
      entered_ = false;
      ++updates_;
    } else {
      playout_.clear(kLayer);
      if (!playout_.take(kLayer, item_, frame).empty()) return std::nullopt;
      entered_ = true;
      ++entrances_;
    }
  }
  return std::nullopt;
}

} // namespace landslide::bench
