#pragma once
// The playout model shared by the render command, the console and remote control: one
// channel with numbered layers; each layer holds a scene bound to a contest, its options
// and its timing (taken → on air → out). Commands take effect at a frame. No GL here.
#include "Scene.h"
#include "feeds/Snapshot.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace landslide {

// A layer's contest is a fixed id ("E14000813") or "latest": the newest declared seat
// (ResultsSnapshot::latestDeclared), resolved at draw time from the layer's own data, so a
// layer on hold keeps its seat until a re-take while a layer on auto follows the night.
inline constexpr std::string_view kLatestContest = "latest";
bool bindsLatest(std::string_view contest);         // "latest", in any case
std::string normalisedContest(std::string contest); // "LATEST" -> "latest"; ids unchanged
// The contest a binding shows in `data`: the id itself, or for "latest" the newest
// declared seat ("" while nothing has declared or there is no data).
std::string resolveContest(std::string_view contest, const ResultsSnapshot* data);

struct LayerItem {
  std::string scene;
  std::string contest;                               // a contest id, or kLatestContest
  nlohmann::json options = nlohmann::json::object(); // as sent: the journal and /api/state show it
  // `options` as the scene parsed them (prepareItem); null until parsed. Playout parses an
  // item that comes without (offline callers: render, bench, tests).
  SceneOptionsPtr parsed = nullptr;
};

struct LayerState {
  LayerItem item;
  const Scene* scene = nullptr;
  LayerTiming timing;
  SnapshotPtr data;         // results the layer shows
  SnapshotPtr previousData; // results before the last update (to animate from)
  bool autoUpdate = true;   // auto: new revisions update in place; hold: they wait
  SnapshotPtr pendingData;  // a held revision, shown after an explicit re-take

  std::string shownContest() const { return resolveContest(item.contest, data.get()); }
  std::string pendingContest() const { return resolveContest(item.contest, pendingData.get()); }
  // Bound to "latest" while nothing has declared: accepted, on air with nothing to draw
  // (national scenes still draw), the seat enters with the first declaration.
  bool waiting() const { return bindsLatest(item.contest) && shownContest().empty(); }
  // Why the layer shows older data than `feed` (the newest revision) on purpose: the feed
  // is for another election or lost the layer's contest; "" when it does not.
  std::string keptReason(const ResultsSnapshot* feed) const;
};

// The same election (name and date): a revision of another one never replaces what is on air.
bool sameElection(const ResultsSnapshot& a, const ResultsSnapshot& b);

// Whether a new revision of a layer's contest may replace what is on air without an
// operator: corrections and recounts that change the winner wait by default.
bool needsOperator(const ResultsSnapshot* shown, const ResultsSnapshot& incoming, const std::string& contest);

// A layer whose scene threw while drawing one frame: its part of the frame was cut away.
struct LayerFault {
  int layer = 0;
  std::string what;
};

class Playout {
public:
  // Layers on air at once (going out counts): every one is drawn every frame, and 300
  // graphics cut one machine's output to 0.5 fps. A take past it is refused, whichever
  // surface sent it (console, AMCP, HTTP, journal).
  static constexpr std::size_t kMaxLayersOnAir = 64;

  Playout(const SceneRegistry& scenes, const Theme& theme, FrameRate rate);

  // Each returns an empty string on success, else the reason (unknown scene, a bad option,
  // no layer …).
  std::string take(int layer, const LayerItem& item, int64_t frame);
  std::string next(int layer, int64_t frame);
  std::string out(int layer, int64_t frame);
  void outAll(int64_t frame);
  void clear(int layer); // cut: gone at once
  void clearAll();
  // A new data revision: every layer animates from what it showed to the new values.
  void update(SnapshotPtr data, int64_t frame);
  // A new revision from a live source: layers on auto (and not needing an operator)
  // update in place; the others keep what they show and hold it as pending. A layer bound
  // to "latest" whose seat changes is a new graphic: on auto it enters afresh (the
  // entrance replays from this frame), on hold the new seat waits as pending. A revision
  // for another election, or without the layer's contest, leaves the layer as it is.
  void offer(SnapshotPtr data, int64_t frame);
  // Re-take a layer's pending revision (or refresh its data) with the update animation;
  // a new seat on a "latest" layer enters afresh instead.
  std::string retake(int layer, int64_t frame);
  std::string setAuto(int layer, bool autoUpdate);
  // Changes a layer's options (CG UPDATE, console overrides) without replaying the entrance:
  // `update.options` is merged in ("contest" rebinds); `update.parsed`, when given, is the
  // merged options as prepareUpdate parsed them for the scene named `update.scene`.
  std::string setOptions(int layer, const LayerItem& update, int64_t frame);
  // Puts a layer back on air already settled (restart recovery): no entrance replayed.
  std::string restore(int layer, const LayerItem& item, int page, int64_t frame);
  void setData(SnapshotPtr data) { data_ = std::move(data); } // before anything is on air

  // What the layer's scene sees at `frame`, its contest resolved (a "latest" layer still
  // waiting passes "latest", which no feed has: single-seat scenes draw nothing); nullopt
  // for an empty layer.
  std::optional<SceneInput> sceneInput(int layer, int64_t frame) const;
  // Draws every layer. A layer whose scene throws is cut back to where it began (nothing
  // half-drawn, the clip stack as it was) and the others draw as if it were not there;
  // the failures are returned for the caller to report (LayerFaults).
  std::vector<LayerFault> draw(int64_t frame, Canvas& canvas) const;
  bool animating(int64_t frame) const;
  // Removes layers whose exit has finished; true if any was removed.
  bool retire(int64_t frame);
  // Changes on every command, so a channel knows to redraw.
  uint64_t version() const { return version_; }
  const std::map<int, LayerState>& layers() const { return layers_; }
  const SnapshotPtr& data() const { return data_; }
  const Theme& theme() const { return theme_; }
  FrameRate rate() const { return rate_; }

private:
  SceneInput input(const LayerState& layer, int64_t frame) const;
  const SceneRegistry& scenes_;
  const Theme& theme_;
  FrameRate rate_;
  SnapshotPtr data_;
  std::map<int, LayerState> layers_;
  uint64_t version_ = 1;
};

} // namespace landslide
