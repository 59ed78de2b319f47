// The console yields to the program: it refreshes less while the program drops frames.
#include "console/ConsolePacer.h"

#include <doctest/doctest.h>

using namespace landslide;
using namespace std::chrono_literals;

TEST_CASE("console pacing: 30 Hz while the program keeps its rate, down to 10 Hz while it drops, back after calm") {
  ConsolePacer pacer;
  auto t = ConsolePacer::Clock::time_point{} + 100s;
  CHECK(pacer.next(5, t) == 33ms); // the first reading is a baseline, not a drop
  for (int i = 0; i < 30; ++i) CHECK(pacer.next(5, t += 33ms) == 33ms);

  CHECK(pacer.next(6, t += 33ms) == 66ms);    // a drop: half the refresh
  CHECK(pacer.next(9, t += 66ms) == 66ms);    // more drops within the half second: one step only
  CHECK(pacer.next(12, t += 500ms) == 100ms); // still dropping: the slowest
  CHECK(pacer.next(20, t += 600ms) == 100ms); // never slower than 10 Hz

  CHECK(pacer.next(20, t += 1s) == 100ms);    // one calm second is not enough
  CHECK(pacer.next(20, t += 1100ms) == 50ms); // two calm seconds: a step back up
  CHECK(pacer.next(20, t += 100ms) == 50ms);
  CHECK(pacer.next(20, t += 2s) == 33ms);
  CHECK(pacer.next(20, t += 5s) == 33ms); // and never faster than 30 Hz
}
