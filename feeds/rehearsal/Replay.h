#pragma once
// Replaying a NightPlan as a live feed: one revision per moment something happens
// (events at the same minute share a revision), each handed to the sinks in order, at
// the plan's times scaled by the speed — or as fast as the sinks take them (max).

#include "feeds/base/Expected.h"
#include "feeds/rehearsal/NightPlan.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace landslide::rehearsal {

struct Revision {
  std::size_t number = 0; // 1 = the state the replay starts with
  int64_t night = 0;      // UTC time of night of this state
  const Election* election = nullptr;
  std::string text;               // the feed document (writeFeed)
  std::size_t withResult = 0;     // seats with a winner known
  std::vector<NightEvent> events; // what changed since the previous revision
  bool last = false;              // the replay's final state
};

class RevisionSink {
public:
  virtual ~RevisionSink() = default;
  // A Problem (one line) stops the replay.
  virtual Expected<void> deliver(const Revision& revision) = 0;
  // At --speed max: does this sink take every revision (a history) or only the final one?
  virtual bool everyRevisionAtMax() const { return false; }
};

struct ReplayOptions {
  double speed = 0;             // night seconds per wall second; <= 0: max
  std::optional<int64_t> start; // UTC night time the replay starts at (default: 5 min before the first event)
  std::optional<int64_t> until; // last UTC night time replayed (inclusive, whole minute)
  const std::atomic<bool>* stop = nullptr; // set (e.g. by SIGINT) to end after the current revision
};

struct ReplaySummary {
  std::size_t revisions = 0, events = 0, withResult = 0, total = 0;
  int64_t startNight = 0, endNight = 0;
  double wallSeconds = 0;
  bool stopped = false; // ended by the stop flag
};

using ProgressFn = std::function<void(const Revision&)>;

// The first sink's Problem ends the replay and is what it returns.
Expected<ReplaySummary> replayNight(const Election& published, const NightPlan& plan, const ReplayOptions& options,
                                    const std::vector<RevisionSink*>& sinks, const ProgressFn& progress = {});

} // namespace landslide::rehearsal
