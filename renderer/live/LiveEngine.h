#pragma once
// The live playout engine: a render thread ticking at the channel rate on the monotonic
// clock. Each tick applies queued commands and new feed revisions on the frame boundary,
// redraws only when something moves, feeds the sinks and publishes a state snapshot for
// the console and the control servers. A tick that misses its deadline is dropped and
// counted; nothing any other thread does can block it.
#include "AsRunLog.h"
#include "BackgroundWriter.h"
#include "CommandQueue.h"
#include "DrawFaults.h"
#include "FeedHistory.h"
#include "FrameProducer.h"
#include "TickStats.h"

#include "feeds/FeedSource.h"
#include "feeds/base/Problem.h"
#include "feeds/base/Published.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

namespace landslide {

struct LayerView {
  int layer = 0;
  std::string scene, contest;
  nlohmann::json options;
  int page = 0, pageCount = 1;
  bool goingOut = false;
  bool autoUpdate = true;
  bool pending = false;            // a held revision waits for a re-take
  int64_t revision = -1;           // the contest revision on air
  std::string resolved = {};       // the seat on air: the contest, or for "latest" the seat it shows ("" = waiting)
  std::string pendingContest = {}; // the seat a held revision would show
  std::string warning = {};        // why the layer keeps older data than the feed's ("" = none)
  std::string error = {};          // why its scene fails to draw (the layer is left out), "" when it draws
};

struct SinkView {
  std::string spec;
  uint64_t dropped = 0;
  std::string failure;
};

// Whether the restart journal is being written; a failed write leaves the last good one.
struct JournalHealth {
  bool ok = true;
  std::string error; // the failed write, "FILE: (document): reason" ("" when ok)
};

// What restoreJournal() put back, and what it had to leave out.
struct JournalRestore {
  Problems problems;   // warnings, each naming the journal and the JSON path
  std::string summary; // "restored 2 layers: …" ("" when there was nothing to restore)
  std::string keptAs;  // where a journal with problems was moved, for the operator to look at
};

struct EngineState {
  int64_t frame = 0;
  uint64_t framesDrawn = 0;   // program redraws (nothing moving: no redraw)
  uint64_t framesDropped = 0; // ticks that missed their deadline
  uint64_t ticks = 0;
  uint64_t version = 0; // playout version (changes with every command)
  FrameRate rate;
  int width = 0, height = 0;
  std::vector<LayerView> layers;
  SnapshotPtr data;
  std::vector<SourceHealth> feeds;
  std::vector<SinkView> sinks;
  TickSummary tickTimes; // recent ticks' cost on the render thread
  JournalHealth journal;
  // When the newest tick finished (published): a render thread stuck in one frame stops
  // moving it, so its age tells health the thread is stalled.
  std::chrono::steady_clock::time_point tickedAt{};
};

// A render thread that has ticked but not for this long is stalled (a frame takes 40 ms).
inline constexpr std::chrono::milliseconds kStalledAfter{2000};
inline std::chrono::milliseconds tickAge(const EngineState& s, std::chrono::steady_clock::time_point now) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(now - s.tickedAt);
}
inline bool stalled(const EngineState& s, std::chrono::steady_clock::time_point now) {
  return s.ticks > 0 && tickAge(s, now) > kStalledAfter;
}

struct EngineConfig {
  std::string journalFile;      // playout journal for restart recovery ("" = none)
  std::string asRunFile;        // as-run log (JSON lines, "" = memory only)
  bool keepLatestFrame = false; // keep straight-alpha pixels of the newest frame (program.png)
  // Labels the as-run rows' frames: the channel plan's, so rows and files agree (none:
  // the time of day when the engine is made).
  std::optional<TimecodeClock> timecode = std::nullopt;
};

class LiveEngine {
public:
  // The setup's GL context must be current on the calling thread; it moves to the
  // engine's thread at start().
  LiveEngine(RenderSetup& setup, const SceneRegistry& scenes, EngineConfig config);
  // Draws into `producer` (tests: a CPU one, no GL needed).
  LiveEngine(std::unique_ptr<FrameProducer> producer, const Theme& theme, const SceneRegistry& scenes,
             EngineConfig config);
  ~LiveEngine();

  // Keeps every feed revision and the frame it went on air in dir (FeedHistory.h);
  // before addSource(). Returns why it cannot ("" when it can).
  std::string keepFeedHistory(const std::string& dir);
  void addSource(FeedSource& source); // before start(); latest revision of any source wins
  // Runs on the render thread after every tick, with the channel and the current data
  // (e.g. to present program windows and feed the console's monitors).
  using FrameHook = std::function<void(int64_t frame, ProgramChannel&, const SnapshotPtr&)>;
  void setFrameHook(FrameHook hook) { hook_ = std::move(hook); }
  void start();
  void stop();

  std::future<CommandResult> submit(Command command) { return commands_.submit(std::move(command)); }
  // The state published after the newest tick: an immutable snapshot (no copy, no lock
  // held) with a version that increases with every tick; waiters block on it.
  std::shared_ptr<const EngineState> snapshot() const { return states_.get(); }
  const Published<EngineState>& published() const { return states_; }
  EngineState state() const { return *snapshot(); } // a copy, for callers that edit it
  AsRunLog& asRun() { return asRun_; }
  const Theme& theme() const { return theme_; }
  // The newest straight-alpha frame (top row first), if keepLatestFrame is on.
  std::shared_ptr<const VideoFrame> latestFrame() const;
  // Restores the journal (layers settled, no entrances replayed); call before start().
  // Never throws: what cannot be restored is a warning, and the rest comes back.
  JournalRestore restoreJournal();
  // The journal's path, and whether its last write failed (also in state().journal).
  const std::string& journalFile() const { return config_.journalFile; }
  // Runs one tick synchronously at `frame` (tests and offline use; not with start()).
  void tick(int64_t frame);

private:
  void run();
  void apply(CommandQueue::Pending& pending, int64_t frame);
  void publish(int64_t frame);
  void journal();
  void noteKeptLayers(int64_t frame);
  std::string refusal(const LayerItem& item, bool withoutFeed) const;

  std::unique_ptr<FrameProducer> producer_;
  const Theme& theme_;
  const SceneRegistry& scenes_;
  EngineConfig config_;
  Playout playout_;
  CommandQueue commands_;
  BackgroundWriter writer_;
  AsRunLog asRun_;
  DrawFaults drawFaults_;
  std::unique_ptr<FeedHistory> history_; // null unless keepFeedHistory()
  std::vector<FeedSource*> sources_;
  std::mutex incomingMutex_;
  SnapshotPtr incoming_;
  FrameHook hook_;

  std::thread thread_;
  std::atomic<bool> running_{false};
  uint64_t drawnVersion_ = 0, journaledVersion_ = 0; // 0: the first tick writes the journal
  std::map<int, std::string> kept_;                  // layers keeping their last good data, and why
  std::string journalRefused_;                       // why the last journal was not even handed to the writer
  bool wasAnimating_ = true;
  uint64_t ticks_ = 0, dropped_ = 0;
  TickStats tickStats_;
  TickSummary lastTickSummary_;

  Published<EngineState> states_;
  class LatestFrameSink;
  LatestFrameSink* latest_ = nullptr; // owned by the channel
};

} // namespace landslide
