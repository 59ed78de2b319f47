#include "StateWatcher.h"
#include "StateJson.h"

namespace landslide {

using nlohmann::json;

namespace {
std::string errorsText(const FeedErrors& errors) {
  std::string text;
  for (const FeedError& e : errors) text += e.toString() + '\n' + e.rule + '\n';
  return text;
}
} // namespace

StateWatcher::StateWatcher(const Published<EngineState>& states, CueTable& cues, EventBus& bus)
    : states_(states), cues_(cues), bus_(bus), thread_([this](std::stop_token stop) { run(stop); }) {}

StateWatcher::~StateWatcher() { stop(); }

void StateWatcher::stop() {
  thread_.request_stop(); // ends the wait for the next state at once
  if (thread_.joinable()) thread_.join();
}

void StateWatcher::run(std::stop_token stop) {
  const Published<EngineState>& states = states_;
  uint64_t seen = 0;
  while (!stop.stop_requested()) {
    // Cues change without a tick: the timeout bounds how late a cue's tally can be
    // while the engine is not ticking (it ticks at the frame rate when it runs).
    auto [state, version] = states.waitNewer(seen, std::chrono::milliseconds(200), stop);
    if (stop.stop_requested()) break;
    seen = version;
    if (state) check(*state);
  }
}

void StateWatcher::check(const EngineState& state) {
  const TallyKey tallyKey{state.version, state.data.get(), cues_.version()};
  if (tallyKey != tallyKey_) {
    tallyKey_ = tallyKey;
    json tally = tallyJson(state, cues_.all());
    if (tally != tally_) {
      tally_ = tally;
      tally["frame"] = state.frame;
      bus_.publish("tally", tally);
    }
  }

  std::vector<FeedKey> feeds;
  for (const SourceHealth& h : state.feeds)
    feeds.emplace_back(h.source, h.running, h.healthy(), h.lastGoodRevision, h.failures, h.lastWarnings.size(),
                       errorsText(h.lastErrors));
  if (feeds != feeds_) {
    json list = json::array();
    for (const SourceHealth& h : state.feeds) {
      json f = feedJson(h);
      f.erase("ageSeconds");
      f.erase("sinceAttemptSeconds");
      f.erase("attempts");
      list.push_back(f);
    }
    bus_.publish("feed", {{"feeds", list}, {"frame", state.frame}});
    for (std::size_t i = 0; i < state.feeds.size(); ++i) {
      const bool changed = !feeds_ || i >= feeds_->size() || std::get<6>((*feeds_)[i]) != std::get<6>(feeds[i]);
      if (changed && !state.feeds[i].lastErrors.empty())
        bus_.publish("error", {{"source", "feed"},
                               {"feed", state.feeds[i].source},
                               {"message", state.feeds[i].lastErrors.front().toString()},
                               {"errors", feedErrorsJson(state.feeds[i].lastErrors, 20)}});
    }
    feeds_ = std::move(feeds);
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
