// The worker shape: the bounded queue blocks or drops as asked, a stop wakes a waiting
// worker at once, finish() handles everything queued, cancel() hands back the rest.
#include "feeds/base/Worker.h"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <latch>
#include <vector>

using namespace landslide;
using namespace std::chrono_literals;

namespace {
using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }
} // namespace

TEST_CASE("a full Drop queue refuses at once and counts") {
  BoundedQueue<int> q(2, Overflow::Drop);
  CHECK(q.push(1));
  CHECK(q.push(2));
  CHECK_FALSE(q.push(3));
  CHECK(q.dropped() == 1);
  CHECK(q.size() == 2);
}

TEST_CASE("a full Block queue waits for room, and a stop ends the wait") {
  BoundedQueue<int> q(1, Overflow::Block);
  REQUIRE(q.push(1));
  std::stop_source stop;
  auto blocked = std::async(std::launch::async, [&] { return q.push(2, stop.get_token()); });
  CHECK(blocked.wait_for(50ms) == std::future_status::timeout); // no room: it waits
  std::stop_source consumer;
  CHECK(q.pop(consumer.get_token()) == 1);
  CHECK(blocked.get()); // room made: queued
  CHECK(q.size() == 1);

  auto stopped = std::async(std::launch::async, [&] { return q.push(3, stop.get_token()); });
  CHECK(stopped.wait_for(50ms) == std::future_status::timeout);
  stop.request_stop();
  REQUIRE(stopped.wait_for(2s) == std::future_status::ready);
  CHECK_FALSE(stopped.get());
  CHECK(q.dropped() == 0);
}

TEST_CASE("merge folds a new item into a queued one") {
  BoundedQueue<std::pair<int, int>> q(4, Overflow::Block);
  auto sameKey = [](std::pair<int, int>& queued, std::pair<int, int>& item) {
    if (queued.first != item.first) return false;
    queued.second = item.second;
    return true;
  };
  q.pushOrMerge({1, 10}, sameKey);
  q.pushOrMerge({2, 20}, sameKey);
  q.pushOrMerge({1, 11}, sameKey);
  auto left = q.closeAndTake();
  REQUIRE(left.size() == 2);
  CHECK(left[0] == std::pair{1, 11});
  CHECK(left[1] == std::pair{2, 20});
}

TEST_CASE("a stop wakes a worker waiting on an empty queue promptly") {
  std::atomic<int> handled{0};
  Worker<int> worker(4, Overflow::Block, [&](int&) {
    ++handled;
    return true;
  });
  std::this_thread::sleep_for(20ms); // the worker is now waiting
  const auto t = Clock::now();
  CHECK(worker.cancel().empty());
  CHECK(secondsSince(t) < 0.5);
  CHECK(handled == 0);
  CHECK_FALSE(worker.push(1)); // stopped: refused, not lost silently
}

TEST_CASE("finish handles every item queued before it; none is lost") {
  std::vector<int> seen;
  std::latch started(1);
  {
    Worker<int> worker(1000, Overflow::Block, [&](int& n) {
      if (n == 0) started.wait();
      seen.push_back(n);
      return true;
    });
    for (int i = 0; i < 500; ++i) REQUIRE(worker.push(i));
    started.count_down();
    worker.finish();
    CHECK_FALSE(worker.push(501));
  }
  REQUIRE(seen.size() == 500);
  for (int i = 0; i < 500; ++i) CHECK(seen[std::size_t(i)] == i);
}

TEST_CASE("cancel hands back the items never handled") {
  std::latch release(1);
  std::atomic<int> handled{0};
  Worker<int> worker(8, Overflow::Block, [&](int&) {
    release.wait();
    ++handled;
    return true;
  });
  for (int i = 0; i < 5; ++i) worker.push(i);
  std::this_thread::sleep_for(20ms); // item 0 is in hand
  auto cancelling = std::async(std::launch::async, [&] { return worker.cancel(); });
  std::this_thread::sleep_for(20ms);
  release.count_down();
  auto left = cancelling.get();
  CHECK(handled + int(left.size()) == 5);
  CHECK(handled >= 1);
}

TEST_CASE("flush waits until what was pushed has been handled") {
  std::atomic<int> handled{0};
  Worker<int> worker(16, Overflow::Block, [&](int&) {
    std::this_thread::sleep_for(2ms);
    ++handled;
    return true;
  });
  for (int i = 0; i < 10; ++i) worker.push(i);
  worker.flush();
  CHECK(handled == 10);
}

TEST_CASE("a handler that fails ends the worker and refuses further items") {
  std::atomic<int> handled{0};
  Worker<int> worker(16, Overflow::Block, [&](int& n) {
    ++handled;
    return n != 2;
  });
  for (int i = 0; i < 6; ++i) worker.push(i);
  worker.flush(); // the failure discards what was left, so flush returns
  CHECK(handled == 3);
  CHECK_FALSE(worker.push(9));
}
