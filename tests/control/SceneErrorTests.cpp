// A layer whose scene fails to draw reaches the control clients: its "error" in
// /api/state (null while it draws) and one "error" event (source "scene") per episode.
#include "control/EventBus.h"
#include "control/StateJson.h"
#include "control/StateWatcher.h"

#include <doctest/doctest.h>

#include <thread>

using namespace landslide;
using nlohmann::json;

namespace {

EngineState withLayer(const std::string& error, int64_t frame) {
  EngineState s;
  s.frame = frame;
  LayerView v;
  v.layer = 20;
  v.scene = "vote-bars";
  v.contest = "E14000813";
  v.error = error;
  s.layers.push_back(v);
  return s;
}

std::vector<json> sceneErrors(EventBus::Subscription& sub, std::chrono::milliseconds within) {
  std::vector<json> out;
  auto until = std::chrono::steady_clock::now() + within;
  while (std::chrono::steady_clock::now() < until)
    for (const ServerEvent& e : sub.wait(std::chrono::milliseconds(20))) {
      json j = json::parse(e.data);
      if (e.name == "error" && j.value("source", "") == "scene") out.push_back(j);
    }
  return out;
}

} // namespace

TEST_CASE("scene errors: the layer's error is in the state, null while it draws") {
  CHECK(layerJson(withLayer("", 0).layers[0]).at("error").is_null());
  json failing = stateJson(withLayer("options.topN: expected a number", 7), {});
  CHECK(failing["layers"][0]["error"] == "options.topN: expected a number");
}

TEST_CASE("scene errors: one event when a layer starts failing, none while it goes on") {
  Published<EngineState> hub; // what the engine publishes each tick
  CueTable cues;
  hub.publish(withLayer("", 0));
  EventBus bus;
  auto sub = bus.subscribe();
  StateWatcher watcher(hub, cues, bus);
  CHECK(sceneErrors(*sub, std::chrono::milliseconds(100)).empty());

  for (int64_t f = 1; f <= 10; ++f) hub.publish(withLayer("row 7 of 3", f)); // every frame fails
  std::vector<json> events = sceneErrors(*sub, std::chrono::milliseconds(150));
  for (int64_t f = 11; f <= 20; ++f) {
    hub.publish(withLayer("row 7 of 3", f));
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  std::vector<json> more = sceneErrors(*sub, std::chrono::milliseconds(100));
  events.insert(events.end(), more.begin(), more.end());
  REQUIRE(events.size() == 1);
  CHECK(events[0]["layer"] == 20);
  CHECK(events[0]["scene"] == "vote-bars");
  CHECK(events[0]["message"] == "row 7 of 3");

  hub.publish(withLayer("", 21)); // recovered, then failing again: a new episode
  CHECK(sceneErrors(*sub, std::chrono::milliseconds(100)).empty());
  hub.publish(withLayer("row 7 of 3", 22));
  CHECK(sceneErrors(*sub, std::chrono::milliseconds(150)).size() == 1);
  watcher.stop();
}
