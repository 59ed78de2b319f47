#include "LiveEngine.h"
#include "Journal.h"

#include "feeds/base/Worker.h"
#include "output/PixelConvert.h"

#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>

namespace landslide {

// Keeps the newest frame for /api/program.png; converting it to straight alpha and
// encoding happen on the requesting thread, never here.
class LiveEngine::LatestFrameSink final : public Sink {
public:
  const std::string& spec() const override { return spec_; }
  PixelFormat format() const override { return PixelFormat::Straight; }
  void push(const VideoFrame& frame) override {
    if (frame.repeated) return;
    auto copy = std::make_shared<const VideoFrame>(frame);
    std::lock_guard lock(mutex_);
    latest_ = std::move(copy);
  }
  Expected<void> finish() override { return {}; }
  std::optional<std::string> failure() const override { return std::nullopt; }
  std::shared_ptr<const VideoFrame> latest() const {
    std::shared_ptr<const VideoFrame> frame;
    {
      std::lock_guard lock(mutex_);
      if (!latest_ || latest_ == convertedFrom_) return converted_;
      frame = latest_;
    }
    // Converted once per new frame asked for, outside the lock: push() never waits on it.
    auto converted = std::make_shared<const VideoFrame>(convertFrame(*frame, PixelFormat::Straight));
    std::lock_guard lock(mutex_);
    convertedFrom_ = frame;
    converted_ = converted;
    return converted;
  }

private:
  std::string spec_ = "program snapshot";
  mutable std::mutex mutex_;
  std::shared_ptr<const VideoFrame> latest_;
  mutable std::shared_ptr<const VideoFrame> convertedFrom_, converted_;
};

namespace {

// Destroying a 650-seat snapshot takes milliseconds of freeing: revisions the engine lets
// go are freed on this thread, never on the render thread. When its queue is full they
// are freed where they are.
void releaseOffRenderThread(std::vector<SnapshotPtr> held) {
  static Worker<std::vector<SnapshotPtr>> reaper(64, Overflow::Drop, [](std::vector<SnapshotPtr>& v) {
    v.clear();
    return true;
  });
  reaper.push(std::move(held));
}

} // namespace

LiveEngine::LiveEngine(RenderSetup& setup, const SceneRegistry& scenes, EngineConfig config)
    : LiveEngine(std::make_unique<ChannelProducer>(setup), setup.theme, scenes, std::move(config)) {}

LiveEngine::LiveEngine(std::unique_ptr<FrameProducer> producer, const Theme& theme, const SceneRegistry& scenes,
                       EngineConfig config)
    : producer_(std::move(producer)), theme_(theme), scenes_(scenes), config_(std::move(config)),
      playout_(scenes, theme, producer_->config().rate), asRun_(writer_, config_.asRunFile) {
  if (config_.timecode) {
    asRun_.setTimecode(*config_.timecode);
  } else if (auto clock = timecodeClockFor("", producer_->config().rate)) {
    asRun_.setTimecode(*clock);
  }
  if (config_.keepLatestFrame) {
    auto sink = std::make_unique<LatestFrameSink>();
    latest_ = sink.get();
    producer_->addSink(std::move(sink));
  }
  publish(0);
}

LiveEngine::~LiveEngine() { stop(); }

std::string LiveEngine::keepFeedHistory(const std::string& dir) {
  auto history = FeedHistory::open(writer_, dir);
  if (!history) return history.error();
  history_ = std::move(*history);
  return {};
}

void LiveEngine::addSource(FeedSource& source) {
  sources_.push_back(&source);
  source.setListener([this](const SnapshotPtr& snapshot) {
    {
      std::lock_guard lock(incomingMutex_);
      incoming_ = snapshot;
    }
    // Handed over first: serialising a 650-seat revision for the history takes longer
    // than a frame and must not hold it off air. (Its "received" line may then follow
    // its "on-air" line in the index; the replay reads them by key, not by order.)
    if (history_) history_->received(snapshot);
  });
  if (SnapshotPtr first = source.latest()) {
    playout_.setData(first);
    if (history_) history_->initial(first);
  }
}

void LiveEngine::start() {
  if (running_.exchange(true)) return;
  producer_->releaseCurrent();
  thread_ = std::thread([this] { run(); });
}

void LiveEngine::stop() {
  if (!running_.exchange(false)) return;
  thread_.join();
  producer_->makeCurrent();
  writer_.flush();
}

std::shared_ptr<const VideoFrame> LiveEngine::latestFrame() const { return latest_ ? latest_->latest() : nullptr; }

void LiveEngine::run() {
  using Clock = std::chrono::steady_clock;
  producer_->makeCurrent();
  const FrameRate rate = producer_->config().rate;
  const auto period = std::chrono::duration<double>(rate.secondsAt(1));
  const Clock::time_point start = Clock::now();
  int64_t n = 0;
  while (running_.load()) {
    auto deadline = start + std::chrono::duration_cast<Clock::duration>(period * double(n + 1));
    if (Clock::now() > deadline) { // this tick's time has already passed: drop it
      auto late = std::chrono::duration<double>(Clock::now() - deadline).count();
      int64_t skip = 1 + int64_t(late / period.count());
      dropped_ += uint64_t(skip);
      n += skip;
      continue;
    }
    tick(n);
    ++n;
    std::this_thread::sleep_until(start + std::chrono::duration_cast<Clock::duration>(period * double(n)));
  }
  producer_->releaseCurrent();
}

void LiveEngine::tick(int64_t frame) {
  ++ticks_;
  for (CommandQueue::Pending& p : commands_.drain()) apply(p, frame);
  SnapshotPtr incoming;
  {
    std::lock_guard lock(incomingMutex_);
    incoming.swap(incoming_);
  }
  std::vector<SnapshotPtr> held; // what a new revision may replace, released after publish()
  if (incoming) {
    held.push_back(playout_.data());
    for (const auto& [n, l] : playout_.layers()) held.insert(held.end(), {l.data, l.previousData, l.pendingData});
    if (auto last = states_.get()) held.push_back(last->data);
    playout_.offer(incoming, frame);
    if (history_) history_->onAir(frame, incoming);
    noteKeptLayers(frame);
  }
  playout_.retire(frame);

  bool animating = playout_.animating(frame);
  bool redraw = playout_.version() != drawnVersion_ || animating || wasAnimating_;
  wasAnimating_ = animating;
  drawnVersion_ = playout_.version();
  using Clock = std::chrono::steady_clock;
  const auto drawStart = Clock::now();
  std::optional<std::vector<LayerFault>> faults; // set when the program was drawn
  producer_->renderFrame(
      frame, [&](Canvas& canvas) { faults = playout_.draw(frame, canvas); }, redraw);
  if (faults) drawFaults_.drawn(frame, *faults, playout_, asRun_);
  const auto hookStart = Clock::now();
  if (hook_ && producer_->channel()) hook_(frame, *producer_->channel(), playout_.data());
  const auto hookEnd = Clock::now();
  tickStats_.add(std::chrono::duration<double, std::milli>(hookStart - drawStart).count(),
                 std::chrono::duration<double, std::milli>(hookEnd - hookStart).count());
  if (playout_.version() != journaledVersion_) journal();
  publish(frame);
  if (!held.empty()) releaseOffRenderThread(std::move(held));
}

// A layer that keeps its last good data against the feed (another election, a lost
// contest) is said once in the as-run log; state() carries the warning while it lasts.
void LiveEngine::noteKeptLayers(int64_t frame) {
  std::map<int, std::string> now;
  for (const auto& [n, l] : playout_.layers()) {
    std::string reason = l.keptReason(playout_.data().get());
    if (reason.empty()) continue;
    if (auto it = kept_.find(n); it == kept_.end() || it->second != reason) {
      AsRunEntry entry;
      entry.time = isoTimeNow();
      entry.frame = frame;
      entry.source = "feed";
      entry.command = "KEEP";
      entry.layer = n;
      entry.scene = l.item.scene;
      entry.contest = l.item.contest;
      entry.result = "warning: " + reason;
      asRun_.record(entry);
    }
    now[n] = std::move(reason);
  }
  kept_ = std::move(now);
}

void LiveEngine::apply(CommandQueue::Pending& p, int64_t frame) {
  const Command& c = p.command;
  std::string error, rule;
  auto layer = playout_.layers().find(c.layer);
  switch (c.kind) {
  case CommandKind::Take:
    if (error = refusal(c.item, false); error.empty())
      error = playout_.take(c.layer, c.item, frame);
    else
      rule = "unknown-contest";
    break;
  case CommandKind::Next: error = playout_.next(c.layer, frame); break;
  case CommandKind::Out: error = playout_.out(c.layer, frame); break;
  case CommandKind::OutAll: playout_.outAll(frame); break;
  case CommandKind::Clear: playout_.clear(c.layer); break;
  case CommandKind::ClearAll: playout_.clearAll(); break;
  case CommandKind::Update:
    if (layer != playout_.layers().end() && c.item.options.contains("contest") && c.item.options["contest"].is_string())
      error = refusal({layer->second.item.scene, c.item.options["contest"].get<std::string>(), {}}, false);
    if (!error.empty())
      rule = "unknown-contest";
    else
      error = playout_.setOptions(c.layer, c.item, frame);
    break;
  case CommandKind::Retake:
    // Nothing held: a re-take shows the feed as it is, which must have the layer's contest.
    if (layer != playout_.layers().end() && !layer->second.pendingData) error = refusal(layer->second.item, false);
    if (!error.empty())
      rule = "unknown-contest";
    else
      error = playout_.retake(c.layer, frame);
    break;
  case CommandKind::SetAuto: error = playout_.setAuto(c.layer, c.flag); break;
  }
  AsRunEntry entry;
  entry.time = isoTimeNow();
  entry.frame = frame;
  entry.source = c.source;
  entry.command = std::string(toString(c.kind));
  entry.layer = c.layer;
  auto it = playout_.layers().find(c.layer);
  entry.scene = it != playout_.layers().end() ? it->second.item.scene : c.item.scene;
  entry.contest = it != playout_.layers().end() ? it->second.item.contest : c.item.contest;
  if (it != playout_.layers().end() && it->second.data)
    if (const DerivedContest* d = it->second.data->derived(it->second.shownContest())) entry.revision = d->revision;
  entry.result = error.empty() ? "ok" : error;
  entry.applied = true;
  entry.item = c.item;
  entry.flag = c.flag;
  asRun_.record(entry);
  p.done.set_value({error.empty(), error, frame, rule});
}

void LiveEngine::journal() {
  journaledVersion_ = playout_.version();
  if (config_.journalFile.empty()) return;
  std::string text = journalText(playout_.layers());
  // One the next start would refuse to read must not replace the last good one.
  if (text.size() > kMaxJournalBytes) {
    if (journalRefused_.empty())
      std::fprintf(stderr,
                   "landslide: %s: journal of %zu bytes not written (the limit is %zu); the last good one stays\n",
                   config_.journalFile.c_str(), text.size(), kMaxJournalBytes);
    journalRefused_ = config_.journalFile + ": (document): " + std::to_string(text.size()) +
                      " bytes, more than a journal may hold (" + std::to_string(kMaxJournalBytes) + ")";
    return;
  }
  journalRefused_.clear();
  writer_.replace(config_.journalFile, std::move(text));
}

// Why `item` may not go on air, "" when it may: a scene showing one contest needs that
// contest in the feed, or it would be on air drawing nothing. "latest" waits for a
// declaration instead, and national scenes show no one contest. Before any feed has
// arrived a take is refused too (the operator learns the feed is missing now, not from a
// blank program), but a journal restore is not: its layers fill in when the feed arrives.
std::string LiveEngine::refusal(const LayerItem& item, bool withoutFeed) const {
  const Scene* scene = scenes_.find(item.scene);
  if (!scene || !scene->showsOneContest() || bindsLatest(item.contest)) return {};
  if (item.contest.empty()) return "'" + item.scene + "' shows one contest: name it, or \"latest\"";
  const SnapshotPtr& data = playout_.data();
  if (!data)
    return withoutFeed ? std::string()
                       : "no results feed has arrived yet: nothing to show for contest '" + item.contest + "'";
  if (!data->findContest(item.contest)) return "unknown contest '" + item.contest + "': the feed does not have it";
  return {};
}

JournalRestore LiveEngine::restoreJournal() {
  JournalRestore out;
  if (config_.journalFile.empty()) return out;
  JournalRead read = readJournal(config_.journalFile);
  out.problems = std::move(read.problems);
  std::vector<std::string> restored;
  for (const JournalLayer& l : read.layers) {
    auto leaveOut = [&](const std::string& path, const std::string& reason) {
      out.problems.push_back(
          Problem::warning(config_.journalFile, path, reason + "; this layer is not restored", "journal-layer"));
    };
    // A layer that cannot go back on air is left out, never a failed start: the journal
    // may name a scene this build lacks, a contest the feed has lost, or options that throw.
    try {
      if (std::string why = refusal(l.item, true); !why.empty()) {
        leaveOut(l.path + "/contest", why);
        continue;
      }
      if (std::string e = playout_.restore(l.layer, l.item, l.page, 0); !e.empty()) {
        leaveOut(l.path + "/scene", e);
        continue;
      }
      playout_.setAuto(l.layer, l.autoUpdate);
      const LayerState& s = playout_.layers().at(l.layer);
      // What every tick asks of the scene, asked once here: options that make it throw
      // leave the layer out with a warning instead of failing on air.
      if (auto in = playout_.sceneInput(l.layer, 0)) s.scene->animating(*in);
      restored.push_back(std::to_string(l.layer) + " " + s.item.scene +
                         (s.item.contest.empty() ? std::string() : " " + s.item.contest) +
                         (l.autoUpdate ? "" : " (hold)"));
    } catch (const std::exception& e) {
      playout_.clear(l.layer);
      leaveOut(l.path, std::string("replaying it failed: ") + e.what());
    }
  }
  // Kept for the operator to look at: the first tick writes a fresh journal over the path.
  if (!out.problems.empty() && read.found) {
    std::error_code ec;
    std::filesystem::rename(config_.journalFile, config_.journalFile + ".bad", ec);
    if (!ec) out.keptAs = config_.journalFile + ".bad";
  }
  if (!restored.empty()) {
    out.summary = "restored " + std::to_string(restored.size()) + (restored.size() == 1 ? " layer:" : " layers:");
    for (const std::string& r : restored) out.summary += " " + r + ";";
    out.summary.pop_back();
  }
  return out;
}

void LiveEngine::publish(int64_t frame) {
  EngineState s;
  s.frame = frame;
  s.framesDrawn = producer_->framesDrawn();
  s.framesDropped = dropped_;
  s.ticks = ticks_;
  s.tickedAt = std::chrono::steady_clock::now();
  if (ticks_ % 25 == 1) lastTickSummary_ = tickStats_.summary(); // a sort: twice a second is plenty
  s.tickTimes = lastTickSummary_;
  s.version = playout_.version();
  s.rate = producer_->config().rate;
  s.width = producer_->config().width;
  s.height = producer_->config().height;
  s.data = playout_.data();
  for (const auto& [n, l] : playout_.layers()) {
    LayerView v{n,
                l.item.scene,
                l.item.contest,
                l.item.options,
                l.timing.page,
                l.scene->pageCount(),
                l.timing.outFrame.has_value(),
                l.autoUpdate,
                l.pendingData != nullptr,
                -1,
                l.shownContest(),
                l.pendingData ? l.pendingContest() : std::string(),
                l.keptReason(playout_.data().get())};
    if (l.data)
      if (const DerivedContest* d = l.data->derived(v.resolved)) v.revision = d->revision;
    v.error = drawFaults_.error(n);
    s.layers.push_back(std::move(v));
  }
  for (FeedSource* src : sources_) s.feeds.push_back(src->health());
  if (!config_.journalFile.empty()) {
    std::string failed = journalRefused_.empty() ? writer_.replaceError(config_.journalFile) : journalRefused_;
    s.journal = {failed.empty(), failed};
  }
  for (const auto& sink : producer_->sinks())
    s.sinks.push_back({sink->spec(), sink->framesDropped(), sink->failure().value_or("")});
  states_.publish(std::move(s));
}

} // namespace landslide
