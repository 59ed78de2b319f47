// The event bus: a subscriber that falls behind is cut off, by count and by bytes, and
// publishing never waits for it; others keep their events.
#include "control/EventBus.h"

#include <doctest/doctest.h>

using namespace landslide;

TEST_CASE("a subscriber that does not drain is cut off by the bytes it holds") {
  EventBus bus; // 256 events, 1 MiB queued per subscriber
  auto slow = bus.subscribe();
  auto fast = bus.subscribe();
  const nlohmann::json big = {{"text", std::string(64 * 1024, 'x')}};
  for (int i = 0; i < 40; ++i) { // 40 events (well under 256), 2.5 MiB
    bus.publish("tally", big);
    CHECK(fast->wait(std::chrono::milliseconds(0)).size() == 1);
  }
  CHECK(slow->closed());
  CHECK(slow->wait(std::chrono::milliseconds(0)).empty()); // what it held is let go
  CHECK_FALSE(fast->closed());
}

TEST_CASE("one event larger than the byte bound still goes out") {
  EventBus bus(256, 4, 1024);
  auto s = bus.subscribe();
  bus.sendTo(s, "hello", {{"state", std::string(4096, 'y')}});
  CHECK_FALSE(s->closed());
  CHECK(s->wait(std::chrono::milliseconds(0)).size() == 1);
}

TEST_CASE("a subscriber is cut off by the number of events it holds") {
  EventBus bus(8, 4);
  auto s = bus.subscribe();
  for (int i = 0; i < 8; ++i) bus.publish("tally", {{"i", i}});
  CHECK_FALSE(s->closed());
  bus.publish("tally", {{"i", 8}});
  CHECK(s->closed());
}
