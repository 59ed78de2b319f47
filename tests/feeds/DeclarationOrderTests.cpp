// "Latest declared": newest declaredAt first (mixed offsets compared as instants),
// arrival across snapshots of one source where times are absent, feed order last.

#include "feeds/ParseFeed.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace landslide;
using nlohmann::json;

namespace {

// A one-candidate contest: declared (with an optional time) or awaiting.
json seat(const char* id, bool declared, const char* at = nullptr) {
  json c{{"id", id}, {"name", id}, {"revision", 1}, {"electorate", 100}, {"candidates", json::array()}};
  c["status"] = declared ? "declared" : "awaiting";
  if (declared) {
    c["validVotes"] = 10;
    c["candidates"].push_back({{"name", std::string("Winner of ") + id}, {"party", "LAB"}, {"votes", 10}});
  }
  if (at) c["declaredAt"] = at;
  return c;
}

SnapshotPtr parse(json contests, SnapshotPtr previous = nullptr) {
  const json doc{{"format", "landslide-results"},
                 {"formatVersion", 1},
                 {"name", "Order"},
                 {"parties", json::array()},
                 {"contests", std::move(contests)}};
  ParseOptions options;
  options.previous = std::move(previous);
  auto r = parseFeed(doc.dump(), "order.json", options);
  for (const auto& e : r.errors) FAIL_CHECK(e.toString());
  REQUIRE(r.ok());
  return r.snapshot;
}

std::vector<std::string> order(const ResultsSnapshot& s) {
  std::vector<std::string> out;
  for (std::size_t i : s.declarationOrder()) out.push_back(s.contests()[i].id);
  return out;
}

} // namespace

TEST_CASE("declaration order: newest declaredAt first, mixed offsets compared as instants") {
  // B's text sorts after A's but is an hour earlier: 04:00+01:00 is 03:00 UTC.
  const auto s = parse({seat("A", true, "2019-12-13T03:04:00+00:00"), seat("B", true, "2019-12-13T04:00:00+01:00"),
                        seat("C", true, "2019-12-13T02:30:00Z"), seat("W", false),
                        seat("D", true, "2019-12-12T23:59:00-05:00")}); // 04:59 UTC: the newest
  CHECK(order(*s) == std::vector<std::string>{"D", "A", "B", "C"});
  REQUIRE(s->latestDeclared());
  CHECK(s->latestDeclared()->id == "D");
}

TEST_CASE("declaration order: equal times and untimed contests of one document go by feed order, later first") {
  auto s = parse({seat("A", true, "2019-12-13T03:00:00Z"), seat("B", true, "2019-12-13T04:00:00+01:00")});
  CHECK(order(*s) == std::vector<std::string>{"B", "A"}); // the same instant
  s = parse({seat("A", true), seat("B", false), seat("C", true), seat("D", true)});
  CHECK(order(*s) == std::vector<std::string>{"D", "C", "A"});
  CHECK(s->latestDeclared()->id == "D");
}

TEST_CASE("declaration order: without times, arrival across two snapshots of one source") {
  // First snapshot: B and C declared, A awaiting.
  const auto first = parse({seat("A", false), seat("B", true), seat("C", true)});
  CHECK(order(*first) == std::vector<std::string>{"C", "B"});
  // Second: A declares. Earlier in the feed, but it arrived later, so it is the latest.
  const auto second = parse({seat("A", true), seat("B", true), seat("C", true)}, first);
  CHECK(order(*second) == std::vector<std::string>{"A", "C", "B"});
  CHECK(second->latestDeclared()->id == "A");
  CHECK(second->arrival(0) > second->arrival(1));
  // A third snapshot with nothing new keeps that order; parsed without its history,
  // the same bytes fall back to feed order.
  const auto third = parse({seat("A", true), seat("B", true), seat("C", true)}, second);
  CHECK(order(*third) == std::vector<std::string>{"A", "C", "B"});
  CHECK(order(*parse({seat("A", true), seat("B", true), seat("C", true)})) == std::vector<std::string>{"C", "B", "A"});
}

TEST_CASE("declaration order: an untimed arrival goes ahead of the timed contests before it; times still rule") {
  const auto first = parse({seat("T1", true, "2024-07-05T03:00:00+01:00"),
                            seat("T2", true, "2024-07-05T02:00:00+01:00"), seat("U", false), seat("T3", false)});
  CHECK(order(*first) == std::vector<std::string>{"T1", "T2"});
  // U declares without a time; T3 is back-filled with a time before the others.
  const auto second =
      parse({seat("T1", true, "2024-07-05T03:00:00+01:00"), seat("T2", true, "2024-07-05T02:00:00+01:00"),
             seat("U", true), seat("T3", true, "2024-07-05T01:00:00+01:00")},
            first);
  CHECK(order(*second) == std::vector<std::string>{"U", "T1", "T2", "T3"});
  CHECK(second->latestDeclared()->id == "U");
}

TEST_CASE("declaration order: nothing declared, no latest; recounts and awaiting seats are not listed") {
  auto s = parse({seat("A", false), seat("B", false)});
  CHECK(s->declarationOrder().empty());
  CHECK(s->latestDeclared() == nullptr);
  json recount = seat("R", true, "2019-12-13T05:00:00Z");
  recount["status"] = "recount";
  s = parse({seat("A", true, "2019-12-13T03:00:00Z"), recount, seat("B", false)});
  CHECK(order(*s) == std::vector<std::string>{"A"});
}
