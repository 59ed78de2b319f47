// PushFeedSource: errors come back to the caller synchronously (for an HTTP 422), the
// parse runs on the source's worker thread, and bad pushes never replace good data.

#include "SourceDocs.h"
#include "TestSupport.h"

#include "feeds/PushFeedSource.h"

#include <doctest/doctest.h>

#include <atomic>
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
