#include "DeclarationsCycle.h"

#include "feeds/Snapshot.h"

#include <algorithm>

namespace landslide {

namespace {

int64_t floorDiv(int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }
int64_t ceilDiv(int64_t a, int64_t b) { return -floorDiv(-a, b); }

// The cycle over one snapshot's latest declarations.
struct Cycle {
  const ResultsSnapshot* data = nullptr;
  int64_t n = 0;                              // declarations cycled
  int64_t take = 0, hold = 1;                 // frames
  int64_t interruptFrom = 0, interruptTo = 0; // the latest holds over [from, to)

  StripItem at(int64_t frame) const {
    StripItem item{data, nullptr, -1};
    if (n == 0) return item;
    bool interrupted = frame >= interruptFrom && frame < interruptTo;
    int64_t position = interrupted ? 0 : std::max<int64_t>(0, floorDiv(frame - take, hold)) % n;
    item.position = int(position);
    item.contest = &data->contests()[data->declarationOrder()[size_t(position)]];
    return item;
  }
  int64_t boundaryAtOrBefore(int64_t frame) const { return take + floorDiv(frame - take, hold) * hold; }
};

Cycle cycleOf(const ResultsSnapshot* data, const DeclarationsOptions& o, int64_t take, int64_t hold) {
  Cycle c;
  c.data = data;
  c.take = take;
  c.hold = hold;
  if (data) c.n = std::min<int64_t>(o.count, int64_t(data->declarationOrder().size()));
  return c;
}

struct Timeline {
  Cycle now, before; // before: the previous data's cycle, for what was on screen at the update
  bool hasUpdate = false;
  int64_t dataFrame = 0;
  int64_t pageFrames = 0, updateFrames = 0;
};

Timeline timelineOf(const SceneInput& in, const DeclarationsOptions& o) {
  Timeline t;
  const Theme& theme = *in.theme;
  const int64_t hold = std::max<int64_t>(2, in.rate.frameAt(o.hold));
  const int64_t take = in.timing.takeFrame;
  t.now = cycleOf(in.results, o, take, hold);
  t.pageFrames = std::max<int64_t>(0, in.rate.frameAt(theme.page.seconds));
  t.updateFrames = std::max<int64_t>(0, in.rate.frameAt(theme.update.seconds));
  t.hasUpdate = in.previous && in.results && in.timing.dataFrame > take;
  if (!t.hasUpdate) return t;
  t.dataFrame = in.timing.dataFrame;
  t.before = cycleOf(in.previous, o, take, hold);
  const DerivedContest *latest = in.results->latestDeclared(), *was = in.previous->latestDeclared();
  if (latest && (!was || was->id != latest->id)) {
    // The newest enters at once and holds at least `hold`, to a boundary of TAKE's rhythm.
    t.now.interruptFrom = t.dataFrame;
    t.now.interruptTo = take + ceilDiv(t.dataFrame + hold - take, hold) * hold;
  }
  return t;
}

// The change under way at `frame` is the latest event at or before it: a cycle boundary
// (after the update, if any) or the update itself. `spare` frames extend each window.
StripMoment momentAt(const Timeline& t, const SceneInput& in, int64_t frame, int64_t spare) {
  const Theme& theme = *in.theme;
  StripMoment m;
  m.shown = t.now.at(frame);
  const int64_t b = t.now.boundaryAtOrBefore(frame);
  if (b > t.now.take && (!t.hasUpdate || b > t.dataFrame)) {
    StripItem from = t.now.at(b - 1);
    if (!from.sameAs(m.shown) && frame - b <= t.pageFrames + spare) {
      m.outgoing = from;
      m.changing = true;
      m.since = in.rate.secondsAt(frame - b);
      m.seconds = theme.page.seconds;
    }
    return m;
  }
  if (t.hasUpdate && frame >= t.dataFrame) {
    StripItem from = t.before.at(t.dataFrame - 1);
    if (!from.sameAs(m.shown) && frame - t.dataFrame <= t.updateFrames + spare) {
      m.outgoing = from;
      m.changing = m.byUpdate = true;
      m.since = in.rate.secondsAt(frame - t.dataFrame);
      m.seconds = theme.update.seconds;
    }
  }
  return m;
}

} // namespace

Expected<DeclarationsOptions> parseDeclarationsOptions(const nlohmann::json& options) {
  OptionReader r(options);
  DeclarationsOptions o;
  r.common(o);
  r.integer("count", o.count, 1, 50);
  r.number("hold", o.hold, 1.5, 60);
  return finished(r, std::move(o));
}

bool StripItem::sameAs(const StripItem& other) const {
  if (!contest || !other.contest) return !contest && !other.contest;
  return contest->id == other.contest->id;
}

StripMoment stripMoment(const SceneInput& in, const DeclarationsOptions& options) {
  return momentAt(timelineOf(in, options), in, in.frame, 0);
}

bool stripChanging(const SceneInput& in, const DeclarationsOptions& options) {
  return momentAt(timelineOf(in, options), in, in.frame, 1).changing;
}

} // namespace landslide
