#include "LiveEngine.h"

#include <chrono>
#include <fstream>
#include <sstream>

namespace landslide {

// Keeps the newest straight-alpha frame for /api/program.png; encoding happens on the
// requesting thread, never here.
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
    std::lock_guard lock(mutex_);
    return latest_;
  }

private:
  std::string spec_ = "program snapshot";
  mutable std::mutex mutex_;
  std::shared_ptr<const VideoFrame> latest_;
};

LiveEngine::LiveEngine(RenderSetup& setup, const SceneRegistry& scenes, EngineConfig config)
    : setup_(setup), config_(std::move(config)), playout_(scenes, setup.theme, setup.channel->config().rate),
      asRun_(writer_, config_.asRunFile) {
  if (config_.keepLatestFrame) {
    auto sink = std::make_unique<LatestFrameSink>();
    latest_ = sink.get();
    setup_.channel->addSink(std::move(sink));
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
    if (history_) history_->received(snapshot);
    std::lock_guard lock(incomingMutex_);
    incoming_ = snapshot;
  });
  if (SnapshotPtr first = source.latest()) {
    playout_.setData(first);
    if (history_) history_->initial(first);
  }
}

void LiveEngine::start() {
  if (running_.exchange(true)) return;
  setup_.context->releaseCurrent();
  thread_ = std::thread([this] { run(); });
}

void LiveEngine::stop() {
  if (!running_.exchange(false)) return;
  thread_.join();
  setup_.context->makeCurrent();
  writer_.flush();
}

std::shared_ptr<const VideoFrame> LiveEngine::latestFrame() const { return latest_ ? latest_->latest() : nullptr; }

void LiveEngine::run() {
  using Clock = std::chrono::steady_clock;
  setup_.context->makeCurrent();
  const FrameRate rate = setup_.channel->config().rate;
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
  setup_.context->releaseCurrent();
}

void LiveEngine::tick(int64_t frame) {
  ++ticks_;
  for (CommandQueue::Pending& p : commands_.drain()) apply(p, frame);
  SnapshotPtr incoming;
  {
    std::lock_guard lock(incomingMutex_);
    incoming.swap(incoming_);
  }
  if (incoming) {
    playout_.offer(incoming, frame);
    if (history_) history_->onAir(frame, incoming);
  }
  playout_.retire(frame);

  bool animating = playout_.animating(frame);
  bool redraw = playout_.version() != drawnVersion_ || animating || wasAnimating_;
  wasAnimating_ = animating;
  drawnVersion_ = playout_.version();
  using Clock = std::chrono::steady_clock;
  const auto drawStart = Clock::now();
  setup_.channel->renderFrame(
      frame, [&](Canvas& canvas) { playout_.draw(frame, canvas); }, redraw);
  const auto hookStart = Clock::now();
  if (hook_) hook_(frame, *setup_.channel, playout_.data());
  const auto hookEnd = Clock::now();
  tickStats_.add(std::chrono::duration<double, std::milli>(hookStart - drawStart).count(),
                 std::chrono::duration<double, std::milli>(hookEnd - hookStart).count());
  if (playout_.version() != journaledVersion_) journal();
  publish(frame);
}

void LiveEngine::apply(CommandQueue::Pending& p, int64_t frame) {
  const Command& c = p.command;
  std::string error;
  switch (c.kind) {
  case CommandKind::Take: error = playout_.take(c.layer, c.item, frame); break;
  case CommandKind::Next: error = playout_.next(c.layer, frame); break;
  case CommandKind::Out: error = playout_.out(c.layer, frame); break;
  case CommandKind::OutAll: playout_.outAll(frame); break;
  case CommandKind::Clear: playout_.clear(c.layer); break;
  case CommandKind::ClearAll: playout_.clearAll(); break;
  case CommandKind::Update: error = playout_.setOptions(c.layer, c.item.options, frame); break;
  case CommandKind::Retake: error = playout_.retake(c.layer, frame); break;
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
  p.done.set_value({error.empty(), error, frame});
}

void LiveEngine::journal() {
  journaledVersion_ = playout_.version();
  if (config_.journalFile.empty()) return;
  nlohmann::json layers = nlohmann::json::array();
  for (const auto& [n, s] : playout_.layers()) {
    if (s.timing.outFrame) continue; // going out: not on air after a restart
    layers.push_back({{"layer", n},
                      {"scene", s.item.scene},
                      {"contest", s.item.contest},
                      {"options", s.item.options},
                      {"page", s.timing.page},
                      {"auto", s.autoUpdate}});
  }
  writer_.replace(config_.journalFile,
                  nlohmann::json{{"format", "landslide-journal"}, {"version", 1}, {"layers", layers}}.dump(2) + "\n");
}

std::string LiveEngine::restoreJournal() {
  if (config_.journalFile.empty()) return {};
  std::ifstream in(config_.journalFile);
  if (!in) return {}; // first start
  std::stringstream text;
  text << in.rdbuf();
  nlohmann::json j = nlohmann::json::parse(text.str(), nullptr, false);
  if (j.is_discarded() || !j.contains("layers") || !j["layers"].is_array())
    return config_.journalFile + ": not a playout journal; starting empty";
  std::string problems;
  for (const auto& l : j["layers"]) {
    if (!l.is_object() || !l.value("layer", nlohmann::json()).is_number_integer()) continue;
    LayerItem item{l.value("scene", ""), l.value("contest", ""), l.value("options", nlohmann::json::object())};
    int layer = l["layer"].get<int>();
    if (std::string e = playout_.restore(layer, item, l.value("page", 0), 0); !e.empty())
      problems += e + "; ";
    else
      playout_.setAuto(layer, l.value("auto", true));
  }
  journaledVersion_ = playout_.version();
  return problems;
}

void LiveEngine::publish(int64_t frame) {
  EngineState s;
  s.frame = frame;
  s.framesDrawn = setup_.channel->framesDrawn();
  s.framesDropped = dropped_;
  s.ticks = ticks_;
  if (ticks_ % 25 == 1) lastTickSummary_ = tickStats_.summary(); // a sort: twice a second is plenty
  s.tickTimes = lastTickSummary_;
  s.version = playout_.version();
  s.rate = setup_.channel->config().rate;
  s.width = setup_.channel->config().width;
  s.height = setup_.channel->config().height;
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
                l.pendingData ? l.pendingContest() : std::string()};
    if (l.data)
      if (const DerivedContest* d = l.data->derived(v.resolved)) v.revision = d->revision;
    s.layers.push_back(std::move(v));
  }
  for (FeedSource* src : sources_) s.feeds.push_back(src->health());
  for (const auto& sink : setup_.channel->sinks())
    s.sinks.push_back({sink->spec(), sink->framesDropped(), sink->failure().value_or("")});
  std::lock_guard lock(stateMutex_);
  state_ = std::move(s);
}

EngineState LiveEngine::state() const {
  std::lock_guard lock(stateMutex_);
  return state_;
}

} // namespace landslide
