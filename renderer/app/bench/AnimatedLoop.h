#pragma once
// Keeps a scene moving for a benchmark: its entrance, then a data update, then the
// entrance again, and so on. Only frames where something moves are handed out; the
// command that starts the next animation is issued on the frame the last one settled.
#include "playout/Playout.h"

#include <optional>

namespace landslide::bench {

enum class LoopKind {
  EntranceAndUpdate, // entrance, data update, entrance … (the default)
  Entrance,          // entrance, entrance … (as the HTML comparison page does)
};

class AnimatedLoop {
public:
  AnimatedLoop(Playout& playout, LayerItem item, SnapshotPtr data, SnapshotPtr revised, LoopKind kind);
  std::string start(int64_t frame); // the first take: "" or why it was refused
  // The first frame from `frame` on where something moves; nullopt when the scene does
  // not move at all (a still scene such as the test card).
  std::optional<int64_t> animatedFrame(int64_t frame);
  uint64_t entrances() const { return entrances_; }
  uint64_t updates() const { return updates_; }

private:
  static constexpr int kLayer = 10;
  Playout& playout_;
  LayerItem item_;
  SnapshotPtr data_[2];
  LoopKind kind_;
  bool entered_ = false; // the last animation started was the entrance
  int shown_ = 0;        // which of data_ is on air
  uint64_t entrances_ = 0, updates_ = 0;
};

} // namespace landslide::bench
