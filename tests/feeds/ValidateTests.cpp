// Validation: errors reject with file, JSON Pointer and reason (all of them, not just
// the first); warnings pass the document through.

#include "feeds/ParseFeed.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace landslide;
using nlohmann::json;

namespace {

json contest() {
  return json{{"id", "E1"},
              {"name", "Seat"},
              {"status", "declared"},
              {"revision", 1},
              {"electorate", 1000},
              {"validVotes", 600},
              {"rejected", 4},
              {"candidates",
               {{{"name", "A"}, {"party", "LAB"}, {"votes", 350}, {"elected", true}},
                {{"name", "B"}, {"party", "CON"}, {"votes", 250}}}}};
}

json feed(json contests) {
  return json{{"format", "landslide-results"},
              {"formatVersion", 1},
              {"name", "Test"},
              {"parties", {{{"code", "LAB"}, {"name", "Labour"}}, {{"code", "CON"}, {"name", "Conservative"}}}},
              {"contests", std::move(contests)}};
}

ParseResult parse(const json& doc) { return parseFeed(doc.dump(), "t.json"); }

bool hasProblem(const FeedErrors& list, const std::string& path, const std::string& fragment) {
  for (const auto& e : list)
    if (e.path == path && e.reason.find(fragment) != std::string::npos) return true;
  return false;
}

} // namespace

TEST_CASE("validate: a good feed parses, with no warnings") {
  const auto r = parse(feed({contest()}));
  REQUIRE(r.ok());
  CHECK(r.errors.empty());
  CHECK(r.warnings.empty());
  CHECK(r.snapshot->sourceName() == "t.json");
}

TEST_CASE("validate: every error is reported, each with its path") {
  auto c = contest();
  c["candidates"][0]["votes"] = -3;
  c["candidates"][1]["votes"] = "250";
  c["revision"] = 1.5;
  c["status"] = "final";
  auto doc = feed({c, contest()});
  doc["contests"][1]["candidates"][1]["votes"] = 12.25;
  const auto r = parse(doc);
  CHECK_FALSE(r.ok());
  CHECK(hasProblem(r.errors, "/contests/0/candidates/0/votes", "must not be negative (is -3)"));
  CHECK(hasProblem(r.errors, "/contests/0/candidates/1/votes", "must be a whole number, not a string"));
  CHECK(hasProblem(r.errors, "/contests/0/revision", "must be a whole number (is 1.5)"));
  CHECK(hasProblem(r.errors, "/contests/0/status", "\"final\" is not a status"));
  CHECK(hasProblem(r.errors, "/contests/1/candidates/1/votes", "must be a whole number (is 12.25)"));
  CHECK(r.errors.size() == 5);
  CHECK(r.errors[0].toString().rfind("t.json: /contests/0/", 0) == 0);
}

TEST_CASE("validate: whole numbers written with a fraction part are whole numbers") {
  auto c = contest();
  c["candidates"][0]["votes"] = 350.0;
  c["electorate"] = 1e3;
  CHECK(parse(feed({c})).ok());
}

TEST_CASE("validate: arithmetic rules") {
  SUBCASE("declared votes must sum to the valid vote") {
    auto c = contest();
    c["validVotes"] = 601;
    const auto r = parse(feed({c}));
    CHECK(hasProblem(r.errors, "/contests/0/validVotes", "candidate votes sum to 600 but validVotes is 601"));
  }
  SUBCASE("turnout over 100%") {
    auto c = contest();
    c["electorate"] = 603;
    const auto r = parse(feed({c}));
    CHECK(hasProblem(r.errors, "/contests/0/electorate", "604 ballots cast"));
  }
  SUBCASE("duplicate ids") {
    const auto r = parse(feed({contest(), contest()}));
    CHECK(hasProblem(r.errors, "/contests/1/id", "duplicate contest id \"E1\" (first at /contests/0)"));
  }
  SUBCASE("winner-only is exempt from vote sums; awaiting needs no votes") {
    auto w = contest();
    w["status"] = "winner-only";
    w.erase("validVotes");
    for (auto& k : w["candidates"]) k.erase("votes");
    auto a = contest();
    a["id"] = "E2";
    a["status"] = "awaiting";
    a.erase("validVotes");
    a["candidates"][0].erase("elected");
    for (auto& k : a["candidates"]) k.erase("votes");
    const auto r = parse(feed({w, a}));
    REQUIRE(r.ok());
    CHECK(r.warnings.empty());
  }
  SUBCASE("a recount with votes must still add up") {
    auto c = contest();
    c["status"] = "recount";
    c["validVotes"] = 599;
    CHECK_FALSE(parse(feed({c})).ok());
  }
}

TEST_CASE("validate: warnings let the document through") {
  auto c = contest();
  c["candidates"][1]["party"] = "XYZ";               // unknown party
  c["candidates"][1]["name"] = "Ã\u0081ine Groogan"; // double-encoded
  auto awaiting = contest();
  awaiting["id"] = "E2";
  awaiting["status"] = "awaiting"; // elected flag while awaiting
  const auto r = parse(feed({c, awaiting}));
  REQUIRE(r.ok());
  CHECK(hasProblem(r.warnings, "/contests/0/candidates/1/party", "party code \"XYZ\" is not in the party table"));
  CHECK(hasProblem(r.warnings, "/contests/0/candidates/1/name", "probably \"Áine Groogan\""));
  CHECK(hasProblem(r.warnings, "/contests/1/candidates/0/elected", "the contest is awaiting"));
  CHECK(r.snapshot->warnings().size() == r.warnings.size());
  for (const auto& w : r.warnings) CHECK(w.toString().find(": warning: ") != std::string::npos);
}

TEST_CASE("validate: built-in parties need no feed entry") {
  auto c = contest();
  c["candidates"][1]["party"] = "LABCOOP";
  c["candidates"][0]["party"] = "REF";
  const auto r = parse(feed({c}));
  REQUIRE(r.ok());
  CHECK(r.warnings.empty());
  CHECK(r.snapshot->canonicalParty("LABCOOP") == "LAB");
  CHECK(r.snapshot->shortName("LABCOOP") == "LAB");
  CHECK(r.snapshot->shortName("SPK") == "SPEAKER");
  CHECK(r.snapshot->shortName("abc") == "ABC");
}

TEST_CASE("validate: a feed's party table overrides and extends the built-in one") {
  auto doc = feed({contest()});
  doc["parties"].push_back({{"code", "LOCAL"}, {"name", "Local Party"}, {"colour", "#12ab34"}, {"countsAs", "LAB"}});
  doc["contests"][0]["candidates"][1]["party"] = "LOCAL";
  const auto r = parse(doc);
  REQUIRE(r.ok());
  CHECK(r.snapshot->partyColour("LOCAL") == 0x12AB34u);
  CHECK_FALSE(r.snapshot->partyColour("CON").has_value()); // theme colour
  CHECK(r.snapshot->canonicalParty("LOCAL") == "LAB");
  CHECK(r.snapshot->partyName("LOCAL") == "Local Party");
}

TEST_CASE("validate: revision going backwards is a warning when a previous snapshot is given") {
  auto later = contest();
  later["revision"] = 3;
  const auto first = parse(feed({later}));
  REQUIRE(first.ok());
  ParseOptions options;
  options.previous = first.snapshot;
  const auto second = parseFeed(feed({contest()}).dump(), "t.json", options);
  REQUIRE(second.ok());
  CHECK(hasProblem(second.warnings, "/contests/0/revision", "revision went backwards from 3 to 1"));
}

TEST_CASE("validate: an electorate may be absent (unknown): the contest is valid and has no turnout") {
  auto c = contest();
  c.erase("electorate");
  c["validVotes"] = 600000; // no electorate to exceed
  c["candidates"][0]["votes"] = 350000;
  c["candidates"][1]["votes"] = 250000;
  const auto r = parse(feed({c}));
  REQUIRE(r.ok());
  CHECK_FALSE(r.snapshot->election().contests[0].electorate);
  REQUIRE(r.snapshot->derived("E1"));
  CHECK_FALSE(r.snapshot->derived("E1")->turnoutPct);
  CHECK(r.snapshot->derived("E1")->winner == "LAB");
}
