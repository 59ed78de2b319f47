#include "Playout.h"

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
  for (const auto& [n, layer] : layers_) layer.scene->draw(input(layer, frame), canvas);
}

bool Playout::animating(int64_t frame) const {
  for (const auto& [n, layer] : layers_)
    if (layer.scene->animating(input(layer, frame))) return true;
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
