#pragma once
// The feed history: every revision the engine received and the frame each went on air,
// so that a night can be re-rendered afterwards (landslide render --as-run … --feed-history).
//
//   DIR/000001.json …   each received snapshot, as feed JSON (writeFeed)
//   DIR/index.jsonl     one line per event, in order:
//     {"event":"start","time":"…Z"}                               an engine started
//     {"event":"received","file":"000001.json","source":"push","revision":3}
//     {"event":"initial","source":"push","revision":3}           the data before frame 0
//     {"event":"on-air","frame":1234,"source":"push","revision":3}
//
// Every received revision is kept, not only those that went on air: a snapshot's
// declaration order depends on the one before it from the same source. Writes go
// through the engine's BackgroundWriter: never on the render thread. A revision costs
// its size on disk (a 650-seat feed is ~0.7 MB).
#include "BackgroundWriter.h"

#include "feeds/Snapshot.h"
#include "feeds/base/Expected.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <utility>

namespace landslide {

class FeedHistory {
public:
  // A Problem when the directory cannot be made.
  static Expected<std::unique_ptr<FeedHistory>> open(BackgroundWriter& writer, std::string dir);
  void received(const SnapshotPtr& snapshot);             // any thread (a source's worker)
  void initial(const SnapshotPtr& snapshot);              // before the engine starts
  void onAir(int64_t frame, const SnapshotPtr& snapshot); // the render thread

private:
  FeedHistory(BackgroundWriter& writer, std::string dir);
  void line(const std::string& text);
  BackgroundWriter& writer_;
  std::string dir_, index_;
  std::mutex mutex_;
  std::set<std::pair<std::string, uint64_t>> seen_;
  uint64_t files_ = 0;
};

} // namespace landslide
