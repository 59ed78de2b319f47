#pragma once
// Items loaded on a layer but not yet on air (CG ADD with play-on-load 0, HTTP cue).
// The engine knows only what is on air; the control surfaces keep what is cued here,
// shared by AMCP and HTTP, and TAKE/PLAY puts it on air. Thread-safe.
#include "playout/Playout.h"

#include <map>
#include <mutex>
#include <optional>

namespace landslide {

class CueTable {
public:
  void cue(int layer, LayerItem item);
  std::optional<LayerItem> find(int layer) const;
  std::optional<LayerItem> take(int layer); // removes and returns the cued item
  bool remove(int layer);
  void removeIf(bool (*predicate)(int layer, int arg), int arg);
  void clear();
  std::map<int, LayerItem> all() const;
  uint64_t version() const; // changes with every change, so watchers need not compare items

private:
  mutable std::mutex mutex_;
  std::map<int, LayerItem> items_;
  uint64_t version_ = 0;
};

} // namespace landslide
