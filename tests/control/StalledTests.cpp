// Health's view of the render thread: a thread stuck in one frame (a 100 KB title once
// took ~100 s a frame) stops moving EngineState::tickedAt, and /api/health reports
// "stalled" (503) from its age.
#include "live/LiveEngine.h"

#include <doctest/doctest.h>

using namespace landslide;

TEST_CASE("health: a render thread whose last tick is older than kStalledAfter is stalled") {
  const auto now = std::chrono::steady_clock::now();
  EngineState s;
  CHECK_FALSE(stalled(s, now)); // not started yet: health says so through ticks == 0
  s.ticks = 100;
  s.tickedAt = now - std::chrono::milliseconds(40);
  CHECK_FALSE(stalled(s, now));
  CHECK(tickAge(s, now) == std::chrono::milliseconds(40));
  s.tickedAt = now - kStalledAfter - std::chrono::milliseconds(1);
  CHECK(stalled(s, now));
}
