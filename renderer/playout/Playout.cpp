#include "Playout.h"
#include "PrepareItem.h"

#include <algorithm>
#include <cctype>
#include <exception>

namespace landslide {

bool bindsLatest(std::string_view contest) {
  return std::equal(contest.begin(), contest.end(), kLatestContest.begin(), kLatestContest.end(),
                    [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
}

std::string resolveContest(std::string_view contest, const ResultsSnapshot* data) {
  if (!bindsLatest(contest)) return std::string(contest);
  const DerivedContest* latest = data ? data->latestDeclared() : nullptr;
  return latest ? latest->id : std::string();
}

namespace {

// A new seat on a "latest" layer is a new graphic, not a revision of the one on air: it
// enters as a fresh take, with nothing to animate from (another seat's numbers would be
// nonsense) and from its first page.
void enterFresh(LayerState& s, SnapshotPtr data, int64_t frame) {
  s.data = std::move(data);
  s.previousData = nullptr;
  s.pendingData = nullptr;
  s.timing.takeFrame = frame;
  s.timing.page = 0;
  s.timing.pageFrame = frame;
  s.timing.dataFrame = frame;
}

// True when `data` would put a different seat on a "latest" layer than the one it shows.
bool seatChanges(const LayerState& s, const ResultsSnapshot* data) {
  return bindsLatest(s.item.contest) && resolveContest(s.item.contest, data) != s.shownContest();
}

// A revision for another election, or one that lost the layer's seat, would blank or
// falsify a graphic on air: the layer keeps its last good data (LayerState::keptReason
// says why) until the operator re-takes it.
bool keepsLastGood(const LayerState& s, const ResultsSnapshot& incoming) {
  if (!s.data) return false;
  if (!sameElection(*s.data, incoming)) return true;
  const std::string contest = s.shownContest();
  return !bindsLatest(s.item.contest) && !contest.empty() && s.data->findContest(contest) &&
         !incoming.findContest(contest);
}

// The item with its contest normalised and its options parsed (if no caller did).
Expected<LayerItem> ready(const SceneRegistry& scenes, LayerItem item) {
  item.contest = normalisedContest(std::move(item.contest));
  if (item.parsed) return item;
  return prepareItem(scenes, std::move(item));
}

std::string reasonOf(const Problem& p) { return p.path.empty() || p.path == "/scene" ? p.reason : p.toString(); }

} // namespace

bool sameElection(const ResultsSnapshot& a, const ResultsSnapshot& b) {
  return a.election().name == b.election().name && a.election().date == b.election().date;
}

std::string LayerState::keptReason(const ResultsSnapshot* feed) const {
  if (!data || !feed || data.get() == feed) return {};
  if (!sameElection(*data, *feed))
    return "the feed is now for '" + feed->election().name + "', not '" + data->election().name +
           "': the last good data stays on air; re-take to show the new feed";
  const std::string contest = shownContest();
  if (!bindsLatest(item.contest) && !contest.empty() && data->findContest(contest) && !feed->findContest(contest))
    return "the feed no longer has contest '" + contest + "': the last good data stays on air";
  return {};
}

std::string normalisedContest(std::string contest) {
  return bindsLatest(contest) ? std::string(kLatestContest) : contest;
}

Playout::Playout(const SceneRegistry& scenes, const Theme& theme, FrameRate rate)
    : scenes_(scenes), theme_(theme), rate_(rate) {}

std::string Playout::take(int layer, const LayerItem& item, int64_t frame) {
  const Scene* scene = scenes_.find(item.scene);
  if (!scene) return "unknown scene '" + item.scene + "'";
  if (!layers_.contains(layer) && layers_.size() >= kMaxLayersOnAir)
    return "already " + std::to_string(kMaxLayersOnAir) + " layers on air (the most there may be)";
  Expected<LayerItem> prepared = ready(scenes_, item);
  if (!prepared) return reasonOf(prepared.problem());
  LayerState state;
  state.item = std::move(*prepared);
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
    if (seatChanges(s, data.get())) {
      if (!s.timing.outFrame) enterFresh(s, data, frame); // going out: it leaves with its seat
      continue;
    }
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
    const std::string contest = s.shownContest();
    if (keepsLastGood(s, *data)) continue;
    if (seatChanges(s, data.get())) {
      const std::string seat = resolveContest(s.item.contest, data.get());
      if (s.timing.outFrame) continue; // going out: it leaves with the seat it shows
      if (s.autoUpdate && !needsOperator(s.data.get(), *data, seat))
        enterFresh(s, data, frame);
      else
        s.pendingData = data;
      continue;
    }
    if (s.waiting()) { // still nothing declared: nothing to show or hold
      s.data = data;
      continue;
    }
    const DerivedContest* shown = s.data ? s.data->derived(contest) : nullptr;
    const DerivedContest* next = data->derived(contest);
    bool changed = !shown || !next || shown->revision != next->revision || shown->status != next->status;
    if (!changed) {
      s.data = data; // other contests moved on; this layer's picture is the same
    } else if (s.autoUpdate && !needsOperator(s.data.get(), *data, contest)) {
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
  if (seatChanges(s, next.get())) {
    enterFresh(s, std::move(next), frame);
    ++version_;
    return {};
  }
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

std::string Playout::setOptions(int layer, const LayerItem& update, int64_t frame) {
  auto it = layers_.find(layer);
  if (it == layers_.end()) return "layer " + std::to_string(layer) + " is empty";
  LayerState& s = it->second;
  SceneOptionsPtr parsed = update.parsed;
  if (parsed && update.scene != s.item.scene) // the layer changed scene since the update was prepared
    return "layer " + std::to_string(layer) + " now shows '" + s.item.scene + "'; the update was for '" + update.scene +
           "'";
  Expected<LayerItem> merged = mergeUpdate(s.item, update.options);
  if (merged && !parsed) merged = prepareItem(scenes_, std::move(*merged)); // an offline caller: parsed here
  if (!merged) return reasonOf(merged.problem());
  if (!parsed) parsed = merged->parsed;
  s.item = std::move(*merged);
  s.item.parsed = std::move(parsed);
  s.previousData = s.data;
  s.timing.dataFrame = frame;
  ++version_;
  return {};
}

std::string Playout::restore(int layer, const LayerItem& item, int page, int64_t frame) {
  const Scene* scene = scenes_.find(item.scene);
  if (!scene) return "unknown scene '" + item.scene + "'";
  if (!layers_.contains(layer) && layers_.size() >= kMaxLayersOnAir)
    return "already " + std::to_string(kMaxLayersOnAir) + " layers on air (the most there may be)";
  // Timings far enough in the past that every entrance and page change has settled.
  const int64_t settled = frame - rate_.frameAt(3600);
  Expected<LayerItem> prepared = ready(scenes_, item);
  if (!prepared) return reasonOf(prepared.problem());
  LayerState state;
  state.item = std::move(*prepared);
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
  // While a "latest" layer waits, its scene sees "latest": no feed has such a contest, so
  // a single-seat scene draws nothing, and a national scene (which ignores the contest)
  // still draws the nation.
  in.contest = layer.waiting() ? std::string(kLatestContest) : layer.shownContest();
  in.results = layer.data.get();
  in.previous = layer.previousData.get();
  in.theme = &theme_;
  in.options = layer.item.parsed;
  in.frame = frame;
  in.rate = rate_;
  in.timing = layer.timing;
  return in;
}

std::optional<SceneInput> Playout::sceneInput(int layer, int64_t frame) const {
  auto it = layers_.find(layer);
  if (it == layers_.end()) return std::nullopt;
  return input(it->second, frame);
}

std::vector<LayerFault> Playout::draw(int64_t frame, Canvas& canvas) const {
  std::vector<LayerFault> faults;
  if (theme_.backdrop) canvas.fillRect(canvas.frame(), *theme_.backdrop);
  for (const auto& [n, layer] : layers_) {
    // A scene must never take the program down: whatever it throws, its layer is cut
    // back and the others stay on air.
    const Canvas::Mark start = canvas.mark();
    try {
      layer.scene->draw(input(layer, frame), canvas);
    } catch (const std::exception& e) {
      canvas.rewind(start);
      faults.push_back({n, e.what()});
    } catch (...) {
      canvas.rewind(start);
      faults.push_back({n, "unknown exception"});
    }
  }
  return faults;
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
