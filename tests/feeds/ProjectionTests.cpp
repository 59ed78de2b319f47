// The projection block (exit poll / forecast): parsed, totalled per canonical party,
// written back by writeFeed, and the majority line and seats needed beside it.

#include "TestSupport.h"

#include "feeds/FeedWriter.h"
#include "feeds/Instant.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace landslide;
using namespace landslide::test;
using nlohmann::json;

namespace {

// Six seats: LAB wins S1, S2 (one as LABCOOP); CON wins S3; S4-S6 await.
json sixSeats() {
  json contests = json::array();
  const char* winners[] = {"LAB", "LABCOOP", "CON", nullptr, nullptr, nullptr};
  for (int i = 0; i < 6; ++i) {
    json c{{"id", "S" + std::to_string(i + 1)},
           {"name", "Seat " + std::to_string(i + 1)},
           {"revision", 1},
           {"electorate", 100},
           {"candidates", json::array()}};
    if (winners[i]) {
      c["status"] = "declared";
      c["validVotes"] = 50;
      c["candidates"].push_back(
          {{"name", "W" + std::to_string(i)}, {"party", winners[i]}, {"votes", 30}, {"elected", true}});
      c["candidates"].push_back({{"name", "R" + std::to_string(i)}, {"party", "LD"}, {"votes", 20}});
    } else {
      c["status"] = "awaiting";
    }
    contests.push_back(c);
  }
  return json{{"format", "landslide-results"},
              {"formatVersion", 1},
              {"name", "Projection"},
              {"parties", json::array()},
              {"contests", contests}};
}

json withProjection(json doc, json seats, const char* publishedAt = "2024-07-04T22:00:00+01:00") {
  doc["projection"] = {{"label", "EXIT POLL"}, {"seats", std::move(seats)}};
  if (publishedAt) doc["projection"]["publishedAt"] = publishedAt;
  return doc;
}

ParseResult parse(const json& doc) { return parseFeed(doc.dump(), "projection.json"); }

} // namespace

TEST_CASE("projection: parsed, totalled per canonical party, round trip through writeFeed") {
  const json doc = withProjection(sixSeats(), json::array({{{"party", "LAB"}, {"seats", 3}},
                                                           {{"party", "LABCOOP"}, {"seats", 1}},
                                                           {{"party", "CON"}, {"seats", 2}}}));
  const auto r = parse(doc);
  REQUIRE(r.ok());
  CHECK(r.warnings.empty());
  const auto& p = r.snapshot->election().projection;
  REQUIRE(p);
  CHECK(p->label == "EXIT POLL");
  CHECK(p->publishedAt == "2024-07-04T22:00:00+01:00");
  REQUIRE(p->seats.size() == 3);
  CHECK((p->seats[1].partyCode == "LABCOOP" && p->seats[1].seats == 1));

  const ElectionTotals& t = r.snapshot->totals();
  CHECK(t.contests == 6);
  CHECK(t.declared == 3);
  CHECK(t.toDeclare == 3);
  CHECK(t.majorityLine == 4); // more than half of 6
  CHECK(t.party("LAB")->seats == 2);
  CHECK(t.party("LAB")->seatsNeeded == 2);
  CHECK(t.party("LAB")->projected == 4); // LAB 3 + LABCOOP 1
  CHECK(t.party("CON")->seatsNeeded == 3);
  CHECK(t.party("CON")->projected == 2);
  CHECK_FALSE(t.party("LD")->projected); // not projected
  CHECK(t.party("LD")->seatsNeeded == 4);

  // Written back exactly, and the written text is a fixed point.
  const std::string written = writeFeed(r.snapshot->election());
  const auto again = parseFeed(written, "again.json");
  REQUIRE(again.ok());
  const auto& q = again.snapshot->election().projection;
  REQUIRE(q);
  CHECK(q->label == p->label);
  CHECK(q->publishedAt == p->publishedAt);
  REQUIRE(q->seats.size() == p->seats.size());
  for (std::size_t i = 0; i < q->seats.size(); ++i)
    CHECK((q->seats[i].partyCode == p->seats[i].partyCode && q->seats[i].seats == p->seats[i].seats));
  CHECK(writeFeed(again.snapshot->election()) == written);
  CHECK(json::parse(written)["projection"] == doc["projection"]);
}

TEST_CASE("projection: optional publishedAt; absent block; the sum may equal the contest count") {
  auto r = parse(withProjection(sixSeats(), json::array({{{"party", "LAB"}, {"seats", 6}}}), nullptr));
  REQUIRE(r.ok());
  CHECK(r.snapshot->election().projection->publishedAt.empty());
  CHECK(json::parse(writeFeed(r.snapshot->election()))["projection"].count("publishedAt") == 0);
  r = parse(sixSeats());
  REQUIRE(r.ok());
  CHECK_FALSE(r.snapshot->election().projection);
  CHECK(json::parse(writeFeed(r.snapshot->election())).count("projection") == 0);
  for (const auto& p : r.snapshot->totals().parties) CHECK_FALSE(p.projected);
}

TEST_CASE("projection: errors with JSON paths; unknown parties warn") {
  auto r = parse(
      withProjection(sixSeats(), json::array({{{"party", "LAB"}, {"seats", 4}}, {{"party", "CON"}, {"seats", 3}}})));
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors.at(0).toString() ==
        "projection.json: /projection/seats: projects 7 seats, more than the 6 contests in the feed");
  r = parse(withProjection(sixSeats(), json::array({{{"party", "LAB"}, {"seats", -1}}})));
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors.at(0).path == "/projection/seats/0/seats");
  json noLabel = withProjection(sixSeats(), json::array());
  noLabel["projection"].erase("label");
  r = parse(noLabel);
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors.at(0).path == "/projection");
  json extra = withProjection(sixSeats(), json::array());
  extra["projection"]["source"] = "poll";
  CHECK_FALSE(parse(extra).ok());
  r = parse(withProjection(sixSeats(), json::array({{{"party", "NOSUCH"}, {"seats", 1}}})));
  REQUIRE(r.ok());
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].path == "/projection/seats/0/party");
  CHECK(r.warnings[0].rule == "unknown-party");
}

TEST_CASE("majority line: more than half the contests, whatever their number") {
  CHECK(parse(sixSeats()).snapshot->totals().majorityLine == 4);
  json five = sixSeats();
  five["contests"].erase(5);
  CHECK(parse(five).snapshot->totals().majorityLine == 3);
  const auto ge = parseFeed(readFile(sourceDir() / "feeds" / "samples" / "ge2024.json"), "ge2024.json");
  REQUIRE(ge.ok());
  const ElectionTotals& t = ge.snapshot->totals();
  CHECK(t.majorityLine == 326);
  for (const auto& p : t.parties) CHECK(p.seatsNeeded == std::max(0, 326 - p.seats));
  CHECK(t.party("LAB")->seatsNeeded == 0); // it has a majority
}

TEST_CASE("the mid-night fixture carries the 2024 exit poll") {
  const auto r =
      parseFeed(readFile(sourceDir() / "tests" / "scenes" / "fixtures" / "ge2024-midnight.json"), "midnight.json");
  REQUIRE(r.ok());
  const auto& p = r.snapshot->election().projection;
  REQUIRE(p);
  CHECK(p->label == "EXIT POLL");
  CHECK(parseInstant(p->publishedAt));
  CHECK(r.snapshot->totals().party("LAB")->projected == 410);
  CHECK(r.snapshot->totals().toDeclare == 650 - r.snapshot->totals().declared);
  REQUIRE(r.snapshot->latestDeclared());
}
