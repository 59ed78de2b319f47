#include "StateWatcher.h"
#include "StateJson.h"

namespace landslide {

using nlohmann::json;

StateWatcher::StateWatcher(ControlHub& hub, EventBus& bus, std::chrono::milliseconds period)
    : hub_(hub), bus_(bus), period_(period) {
  thread_ = std::thread([this] { run(); });
}

StateWatcher::~StateWatcher() { stop(); }

void StateWatcher::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void StateWatcher::run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    check();
    lock.lock();
    wake_.wait_for(lock, period_, [&] { return stopping_; });
  }
}

void StateWatcher::check() {
  EngineState state = hub_.state();
  json tally = tallyJson(state, hub_.cues().all());
  std::string tallyText = tally.dump(-1, ' ', false, json::error_handler_t::replace);
  if (tallyText != tally_) {
    tally_ = std::move(tallyText);
    tally["frame"] = state.frame;
    bus_.publish("tally", tally);
  }

  // Feeds: revision and health, not the ages that change all the time.
  json feeds = json::array();
  std::vector<std::string> errors;
  for (const SourceHealth& h : state.feeds) {
    json f = feedJson(h);
    f.erase("ageSeconds");
    f.erase("sinceAttemptSeconds");
    f.erase("attempts");
    feeds.push_back(f);
    errors.push_back(f["errors"].dump(-1, ' ', false, json::error_handler_t::replace));
  }
  std::string feedsText = feeds.dump(-1, ' ', false, json::error_handler_t::replace);
  if (feedsText != feeds_) {
    feeds_ = std::move(feedsText);
    bus_.publish("feed", {{"feeds", feeds}, {"frame", state.frame}});
    for (std::size_t i = 0; i < state.feeds.size(); ++i) {
      bool changed = i >= feedErrors_.size() || feedErrors_[i] != errors[i];
      if (changed && !state.feeds[i].lastErrors.empty())
        bus_.publish("error", {{"source", "feed"},
                               {"feed", state.feeds[i].source},
                               {"message", state.feeds[i].lastErrors.front().toString()},
                               {"errors", feedErrorsJson(state.feeds[i].lastErrors, 20)}});
    }
    feedErrors_ = std::move(errors);
  }

  std::vector<std::string> failures;
  for (const SinkView& s : state.sinks) failures.push_back(s.failure);
  for (std::size_t i = 0; i < failures.size(); ++i)
    if (!failures[i].empty() && (i >= sinkFailures_.size() || sinkFailures_[i] != failures[i]))
      bus_.publish("error", {{"source", "output"}, {"output", state.sinks[i].spec}, {"message", failures[i]}});
  sinkFailures_ = std::move(failures);

  // A scene that fails to draw: one event when its episode begins (or its reason changes).
  std::map<int, std::string> layerErrors;
  for (const LayerView& v : state.layers) {
    if (v.error.empty()) continue;
    auto was = layerErrors_.find(v.layer);
    if (was == layerErrors_.end() || was->second != v.error)
      bus_.publish("error", {{"source", "scene"},
                             {"layer", v.layer},
                             {"scene", v.scene},
                             {"contest", v.contest},
                             {"message", v.error},
                             {"frame", state.frame}});
    layerErrors[v.layer] = v.error;
  }
  layerErrors_ = std::move(layerErrors);
}

} // namespace landslide
