#pragma once
// Turns the engine's published state into events: "tally" when what is on air or cued
// changes, "feed" when a feed's revision or health changes, "error" for new feed errors
// and sink failures. It polls the state a few times a frame period on its own thread —
// the render thread publishes and never notifies anyone.
#include "ControlHub.h"
#include "EventBus.h"

#include <atomic>
#include <condition_variable>
#include <map>
#include <thread>

namespace landslide {

class StateWatcher {
public:
  StateWatcher(ControlHub& hub, EventBus& bus, std::chrono::milliseconds period = std::chrono::milliseconds(20));
  ~StateWatcher();
  void stop();

private:
  void run();
  void check();

  ControlHub& hub_;
  EventBus& bus_;
  std::chrono::milliseconds period_;
  std::string tally_, feeds_;
  std::vector<std::string> feedErrors_, sinkFailures_;
  std::map<int, std::string> layerErrors_; // layers whose scene fails to draw
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

} // namespace landslide
