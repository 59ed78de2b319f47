#include "DrawFaults.h"

namespace landslide {

void DrawFaults::drawn(int64_t frame, const std::vector<LayerFault>& faults, const Playout& playout, AsRunLog& log) {
  std::map<int, std::string> now;
  for (const LayerFault& f : faults) {
    now[f.layer] = f.what;
    if (failing_.count(f.layer)) continue; // the same episode: logged when it began
    AsRunEntry e;
    e.time = isoTimeNow();
    e.frame = frame;
    e.source = "render";
    e.command = "DRAW";
    e.layer = f.layer;
    if (auto it = playout.layers().find(f.layer); it != playout.layers().end()) {
      e.scene = it->second.item.scene;
      e.contest = it->second.item.contest;
    }
    e.result = "scene failed, layer not drawn: " + f.what;
    log.record(std::move(e));
  }
  failing_ = std::move(now); // layers that drew cleanly, or left, have recovered
}

std::string DrawFaults::error(int layer) const {
  auto it = failing_.find(layer);
  return it != failing_.end() ? it->second : std::string();
}

} // namespace landslide
