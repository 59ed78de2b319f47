#include "CueTable.h"

namespace landslide {

void CueTable::cue(int layer, LayerItem item) {
  std::lock_guard lock(mutex_);
  ++version_;
  items_[layer] = std::move(item);
}

std::optional<LayerItem> CueTable::find(int layer) const {
  std::lock_guard lock(mutex_);
  auto it = items_.find(layer);
  if (it == items_.end()) return std::nullopt;
  return it->second;
}

std::optional<LayerItem> CueTable::take(int layer) {
  std::lock_guard lock(mutex_);
  ++version_;
  auto it = items_.find(layer);
  if (it == items_.end()) return std::nullopt;
  LayerItem item = std::move(it->second);
  items_.erase(it);
  return item;
}

bool CueTable::remove(int layer) {
  std::lock_guard lock(mutex_);
  ++version_;
  return items_.erase(layer) > 0;
}

void CueTable::removeIf(bool (*predicate)(int layer, int arg), int arg) {
  std::lock_guard lock(mutex_);
  ++version_;
  std::erase_if(items_, [&](const auto& entry) { return predicate(entry.first, arg); });
}

void CueTable::clear() {
  std::lock_guard lock(mutex_);
  ++version_;
  items_.clear();
}

uint64_t CueTable::version() const {
  std::lock_guard lock(mutex_);
  return version_;
}

std::map<int, LayerItem> CueTable::all() const {
  std::lock_guard lock(mutex_);
  return items_;
}

} // namespace landslide
