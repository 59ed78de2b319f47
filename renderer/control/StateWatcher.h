#pragma once
// Turns the engine's published state into events: "tally" when what is on air or cued
// changes, "feed" when a feed's revision or health changes, "error" for new feed errors
// and sink failures. It blocks on the published state's version (one wake per tick) and
// compares small typed keys; JSON is built only when a key changed.
#include "CueTable.h"
#include "EventBus.h"
#include "live/LiveEngine.h"

#include <map>
#include <thread>
#include <tuple>

namespace landslide {

class StateWatcher {
public:
  StateWatcher(const Published<EngineState>& states, CueTable& cues, EventBus& bus);
  ~StateWatcher();
  void stop();

private:
  // What a "feed" event says of one source (not the ages and attempts that change all
  // the time).
  using FeedKey = std::tuple<std::string, bool, bool, std::optional<uint64_t>, uint64_t, std::size_t, std::string>;
  struct TallyKey {
    uint64_t playoutVersion = 0;
    const void* data = nullptr;
    uint64_t cuesVersion = 0;
    bool operator==(const TallyKey&) const = default;
  };

  void run(std::stop_token stop);
  void check(const EngineState& state);

  const Published<EngineState>& states_;
  CueTable& cues_;
  EventBus& bus_;
  std::optional<TallyKey> tallyKey_;
  nlohmann::json tally_;
  std::optional<std::vector<FeedKey>> feeds_;
  std::vector<std::string> sinkFailures_;
  std::map<int, std::string> layerErrors_; // layers whose scene fails to draw
  std::jthread thread_;                    // last: its thread uses the members above
};

} // namespace landslide
