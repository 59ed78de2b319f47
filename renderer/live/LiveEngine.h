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
#include "TickStats.h"

#include "feeds/FeedSource.h"
#include "program/RenderSetup.h"

#include <atomic>
#include <functional>
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
  std::string error = {};          // why its scene fails to draw (the layer is left out), "" when it draws
};

struct SinkView {
  std::string spec;
  uint64_t dropped = 0;
  std::string failure;
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
};

struct EngineConfig {
  std::string journalFile;      // playout journal for restart recovery ("" = none)
  std::string asRunFile;        // as-run log (JSON lines, "" = memory only)
  bool keepLatestFrame = false; // keep straight-alpha pixels of the newest frame (program.png)
};

class LiveEngine {
public:
  // The setup's GL context must be current on the calling thread; it moves to the
  // engine's thread at start().
  LiveEngine(RenderSetup& setup, const SceneRegistry& scenes, EngineConfig config);
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
  EngineState state() const;
  AsRunLog& asRun() { return asRun_; }
  const Theme& theme() const { return setup_.theme; }
  // The newest straight-alpha frame (top row first), if keepLatestFrame is on.
  std::shared_ptr<const VideoFrame> latestFrame() const;
  // Restores the journal (layers settled, no entrances replayed); call before start().
  std::string restoreJournal();
  // Runs one tick synchronously at `frame` (tests and offline use; not with start()).
  void tick(int64_t frame);

private:
  void run();
  void apply(CommandQueue::Pending& pending, int64_t frame);
  void publish(int64_t frame);
  void journal();

  RenderSetup& setup_;
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
  uint64_t drawnVersion_ = 0, journaledVersion_ = 0;
  bool wasAnimating_ = true;
  uint64_t ticks_ = 0, dropped_ = 0;
  TickStats tickStats_;
  TickSummary lastTickSummary_;

  mutable std::mutex stateMutex_;
  EngineState state_;
  class LatestFrameSink;
  LatestFrameSink* latest_ = nullptr; // owned by the channel
};

} // namespace landslide
