// PushFeedSource: errors come back to the caller synchronously (for an HTTP 422), the
// parse runs on the source's worker thread, and bad pushes never replace good data.

#include "SourceDocs.h"
#include "TestSupport.h"

#include "feeds/PushFeedSource.h"

#include <doctest/doctest.h>

#include <atomic>
#include <future>
#include <latch>
#include <thread>

using namespace landslide;
using namespace landslide::test;

TEST_CASE("push source: good and bad documents, errors returned to the caller") {
  PushFeedSource source("control-api");
  std::thread::id parsedOn;
  source.setListener([&](const SnapshotPtr&) { parsedOn = std::this_thread::get_id(); });
  CHECK(source.push(feedDoc("early")).at(0).reason == "the push source is not running");
  source.start();

  CHECK(source.push(feedDoc("one")).empty());
  REQUIRE(source.latest());
  CHECK(source.latest()->election().name == "one");
  CHECK(source.latest()->sourceName() == "control-api");
  CHECK(parsedOn != std::this_thread::get_id());

  const auto errors = source.push(
      R"({"format":"landslide-results","formatVersion":1,"name":"x","parties":[],"contests":[{"id":"A"}]})");
  REQUIRE_FALSE(errors.empty());
  CHECK(errors[0].toString().rfind("control-api: /contests/0: missing required field", 0) == 0);
  CHECK(source.latest()->election().name == "one");
  CHECK_FALSE(source.health().healthy());

  // The same document twice is not a new revision.
  CHECK(source.push(feedDoc("two")).empty());
  CHECK(source.push(feedDoc("two")).empty());
  CHECK(source.latest()->sourceRevision() == 2);
  CHECK(source.health().healthy());

  // Many callers at once.
  std::vector<std::thread> callers;
  std::atomic<int> ok{0};
  for (int i = 0; i < 8; ++i)
    callers.emplace_back([&, i] { ok += source.push(feedDoc("c" + std::to_string(i), 60 + i)).empty(); });
  for (auto& t : callers) t.join();
  CHECK(ok == 8);
  source.stop();
  CHECK(source.push(feedDoc("late")).at(0).rule == "source");
}

TEST_CASE("push source: a bounded queue refuses at once when full; stop answers what waits") {
  PushFeedSource source("bounded");
  std::latch release(1);
  std::atomic<bool> inListener{false};
  source.setListener([&](const SnapshotPtr&) {
    inListener = true;
    release.wait(); // the worker is busy: later pushes queue up
  });
  source.start();
  auto first = source.pushAsync(feedDoc("first"));
  while (!inListener) std::this_thread::yield();
  std::vector<std::future<FeedErrors>> queued;
  for (std::size_t i = 0; i < PushFeedSource::kQueued; ++i)
    queued.push_back(source.pushAsync(feedDoc("q" + std::to_string(i), 61 + int(i))));
  auto refused = source.pushAsync(feedDoc("one too many", 1));
  REQUIRE(refused.wait_for(std::chrono::seconds(0)) == std::future_status::ready); // not blocked
  CHECK(refused.get().at(0).reason.find("too many documents") != std::string::npos);

  std::thread stopper([&] { source.stop(); });
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  release.count_down();
  stopper.join();
  CHECK(first.get().empty());
  for (auto& f : queued) { // none is left waiting forever
    REQUIRE(f.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
    FeedErrors errors = f.get();
    CHECK((errors.empty() || errors.at(0).reason == "the push source is not running"));
  }
}

TEST_CASE("push source: awaitFirst wakes on the first document, and times out without one") {
  PushFeedSource source("first");
  source.start();
  const auto t = std::chrono::steady_clock::now();
  source.awaitFirst(std::chrono::milliseconds(100));
  CHECK(std::chrono::steady_clock::now() - t >= std::chrono::milliseconds(90));
  std::thread pusher([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    source.push(feedDoc("one"));
  });
  const auto u = std::chrono::steady_clock::now();
  source.awaitFirst(std::chrono::seconds(10));
  CHECK(std::chrono::steady_clock::now() - u < std::chrono::seconds(5));
  CHECK(source.latest() != nullptr);
  pusher.join();
}
