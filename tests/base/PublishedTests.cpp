// Published state: the version increases with each publish, a waiter wakes on a
// publish, and times out (or stops) otherwise.
#include "feeds/base/Published.h"

#include <doctest/doctest.h>

#include <future>
#include <thread>

using namespace landslide;
using namespace std::chrono_literals;

namespace {
using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }
} // namespace

TEST_CASE("each publish replaces the snapshot and bumps the version") {
  Published<int> p;
  CHECK(p.version() == 0);
  CHECK(p.get() == nullptr);
  CHECK(p.publish(7) == 1);
  auto first = p.get();
  CHECK(p.publish(8) == 2);
  CHECK(*first == 7); // a reader's snapshot is immutable: it outlives the next publish
  CHECK(*p.get() == 8);
}

TEST_CASE("a waiter wakes on publish") {
  Published<int> p;
  p.publish(1);
  auto waiter = std::async(std::launch::async, [&] { return p.waitNewer(1, 10s); });
  CHECK(waiter.wait_for(50ms) == std::future_status::timeout);
  const auto t = Clock::now();
  p.publish(2);
  auto r = waiter.get();
  CHECK(secondsSince(t) < 1.0);
  CHECK(r.version == 2);
  CHECK(*r.value == 2);
}

TEST_CASE("a waiter times out when nothing is published") {
  Published<int> p;
  p.publish(1);
  const auto t = Clock::now();
  auto r = p.waitNewer(1, 100ms);
  CHECK(secondsSince(t) >= 0.09);
  CHECK(r.version == 1);
}

TEST_CASE("a stop request ends a wait at once") {
  Published<int> p;
  std::stop_source stop;
  auto waiter = std::async(std::launch::async, [&] { return p.waitNewer(0, 10s, stop.get_token()); });
  std::this_thread::sleep_for(20ms);
  const auto t = Clock::now();
  stop.request_stop();
  CHECK(waiter.get().version == 0);
  CHECK(secondsSince(t) < 1.0);
}

TEST_CASE("waitUntil wakes on the publish whose value satisfies it") {
  Published<int> p;
  p.publish(0);
  auto waiter = std::async(std::launch::async, [&] { return p.waitUntil([](int v) { return v >= 3; }, 10s); });
  for (int i = 1; i <= 5; ++i) {
    std::this_thread::sleep_for(5ms);
    p.publish(i);
  }
  CHECK(*waiter.get().value >= 3);
  CHECK(p.waitUntil([](int v) { return v > 100; }, 30ms).value != nullptr); // timed out, newest returned
}
