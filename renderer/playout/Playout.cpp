#include "Playout.h"

#include <algorithm>
#include <exception>

namespace landslide {

Playout::Playout(const SceneRegistry& scenes, const Theme& theme, FrameRate rate)
    : scenes_(scenes), theme_(theme), rate_(rate) {}

std::string Playout::take(int layer, const LayerItem& item, int64_t frame) {
  const Scene* scene = scenes_.find(item.scene);
  if (!scene) return "unknown scene '" + item.scene + "'";
  LayerState state;
  state.item = item;
  state.scene = scene;
  state.timing.takeFrame = frame;
  state.timing.pageFrame = frame;
  state.timing.dataFrame = frame;
  state.data = data_;
  layers_[layer] = std::move(state);
  ++version_;
  return {};
}

std::string Playout::next(int layer, int64_t frame) {
  auto it = layers_.find(layer);
  if (it == layers_.end()) return "layer " + std::to_string(layer) + " is empty";
  LayerState& s = it->second;
  if (s.timing.outFrame) return "layer " + std::to_string(layer) + " is going out";
  if (s.timing.page + 1 >= s.scene->pageCount()) return "'" + s.item.scene + "' has no further page";
  ++s.timing.page;
  s.timing.pageFrame = frame;
  ++version_;
  return {};
}

std::string Playout::out(int layer, int64_t frame) {
  auto it = layers_.find(layer);
  if (it == layers_.end()) return "layer " + std::to_string(layer) + " is empty";
  if (!it->second.timing.outFrame) {
    it->second.timing.outFrame = frame;
    ++version_;
  }
  return {};
}

void Playout::outAll(int64_t frame) {
  for (auto& [n, s] : layers_)
    if (!s.timing.outFrame) s.timing.outFrame = frame;
  ++version_;
}

void Playout::clear(int layer) {
  layers_.erase(layer);
  ++version_;
}

void Playout::clearAll() {
  layers_.clear();
  ++version_;
}

void Playout::update(SnapshotPtr data, int64_t frame) {
  for (auto& [n, s] : layers_) {
    s.previousData = s.data;
    s.data = data;
    s.timing.dataFrame = frame;
  }
  data_ = std::move(data);
  ++version_;
}

bool needsOperator(const ResultsSnapshot* shown, const ResultsSnapshot& incoming, const std::string& contest) {
  const DerivedContest* next = incoming.derived(contest);
  if (!next) return false;
  const DerivedContest* before = shown ? shown->derived(contest) : nullptr;
  if (before && before->revision == next->revision && before->status == next->status) return false;
  if (next->status == ContestStatus::Corrected) return true;
  bool winnerChanges = before && !before->winner.empty() && before->winner != next->winner;
  return next->status == ContestStatus::Recount && winnerChanges;
}

void Playout::offer(SnapshotPtr data, int64_t frame) {
  for (auto& [n, s] : layers_) {
    const DerivedContest* shown = s.data ? s.data->derived(s.item.contest) : nullptr;
    const DerivedContest* next = data->derived(s.item.contest);
    bool changed = !shown || !next || shown->revision != next->revision || shown->status != next->status;
    if (!changed) {
      s.data = data; // other contests moved on; this layer's picture is the same
    } else if (s.autoUpdate && !needsOperator(s.data.get(), *data, s.item.contest)) {
      s.previousData = s.data;
      s.data = data;
      s.pendingData = nullptr;
      s.timing.dataFrame = frame;
    } else {
      s.pendingData = data;
    }
  }
  data_ = std::move(data);
  ++version_;
}

std::string Playout::retake(int layer, int64_t frame) {
  auto it = layers_.find(layer);
  if (it == layers_.end()) return "layer " + std::to_string(layer) + " is empty";
  LayerState& s = it->second;
  SnapshotPtr next = s.pendingData ? s.pendingData : data_;
  s.previousData = s.data;
  s.data = next;
  s.pendingData = nullptr;
  s.timing.dataFrame = frame;
  ++version_;
  return {};
}

std::string Playout::setAuto(int layer, bool autoUpdate) {
  auto it = layers_.find(layer);
  if (it == layers_.end()) return "layer " + std::to_string(layer) + " is empty";
  it->second.autoUpdate = autoUpdate;
  ++version_;
  return {};
}

std::string Playout::setOptions(int layer, const nlohmann::json& options, int64_t frame) {
  auto it = layers_.find(layer);
  if (it == layers_.end()) return "layer " + std::to_string(layer) + " is empty";
  LayerState& s = it->second;
  if (options.contains("contest") && options["contest"].is_string())
    s.item.contest = options["contest"].get<std::string>();
  for (auto& [key, value] : options.items())
    if (key != "contest") s.item.options[key] = value;
  s.previousData = s.data;
  s.timing.dataFrame = frame;
  ++version_;
  return {};
}

std::string Playout::restore(int layer, const LayerItem& item, int page, int64_t frame) {
  const Scene* scene = scenes_.find(item.scene);
  if (!scene) return "unknown scene '" + item.scene + "'";
  // Timings far enough in the past that every entrance and page change has settled.
  const int64_t settled = frame - rate_.frameAt(3600);
  LayerState state;
  state.item = item;
  state.scene = scene;
  state.timing.takeFrame = settled;
  state.timing.page = std::clamp(page, 0, scene->pageCount() - 1);
  state.timing.pageFrame = settled;
  state.timing.dataFrame = settled;
  state.data = data_;
  layers_[layer] = std::move(state);
  ++version_;
  return {};
}

SceneInput Playout::input(const LayerState& layer, int64_t frame) const {
  SceneInput in;
  in.results = layer.data.get();
  in.previous = layer.previousData.get();
  in.contest = layer.item.contest;
  in.theme = &theme_;
  in.options = layer.item.options;
  in.frame = frame;
  in.rate = rate_;
  in.timing = layer.timing;
  return in;
}

void Playout::draw(int64_t frame, Canvas& canvas) const {
  if (theme_.backdrop) canvas.fillRect(canvas.frame(), *theme_.backdrop);
  for (const auto& [n, layer] : layers_) {
    // A scene must never take the program down: options of the wrong type from a client
    // make nlohmann throw; that layer is skipped, the others stay on air.
    try {
      layer.scene->draw(input(layer, frame), canvas);
    } catch (const std::exception&) {}
  }
}

bool Playout::animating(int64_t frame) const {
  for (const auto& [n, layer] : layers_) {
    try {
      if (layer.scene->animating(input(layer, frame))) return true;
    } catch (const std::exception&) {}
  }
  return false;
}

bool Playout::retire(int64_t frame) {
  bool removed = false;
  for (auto it = layers_.begin(); it != layers_.end();) {
    const LayerState& s = it->second;
    if (s.timing.outFrame && rate_.secondsAt(frame - *s.timing.outFrame) > s.scene->exitSeconds(theme_)) {
      it = layers_.erase(it);
      removed = true;
    } else {
      ++it;
    }
  }
  if (removed) ++version_;
  return removed;
}

} // namespace landslide
