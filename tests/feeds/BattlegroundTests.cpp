// The battleground (swingometer model) on a hand-made nine-seat election whose every
// figure can be worked out on paper. Each seat's previous valid vote is 100, so
// previous votes are previous shares.

#include "TestSupport.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace landslide;
using namespace landslide::test;
using nlohmann::json;

namespace {

struct Seat {
  const char* id;
  int prevCon, prevLab, prevLd; // previous votes = shares (previous valid vote 100)
  int con, lab, ld;             // now; all 0 = awaiting
};

// Previous winner, and the swing LAB needs to take each CON seat = (CON − LAB) / 2:
//   S1  CON 45 LAB 43  -> 1.0      S2  CON 48 LAB 42  -> 3.0
//   S3  CON 50 LAB 40  -> 5.0      S4  CON 52 LAB 38  -> 7.0
//   S5  CON 55 LAB 35  -> 10.0     S6  CON 60 LAB 30  -> 15.0
//   S7  LAB 50 CON 30  -> LAB's seat, not a CON target
//   S8  CON 55 LAB  —  -> 27.5 (Labour did not stand: 0 %)
//   S9  CON 47 LAB 43  -> 2.0
// Target order (smallest swing first): S1 1.0, S9 2.0, S2 3.0, S3 5.0, S4 7.0,
// S5 10.0, S6 15.0, S8 27.5.
//
// Declared: S1 (LAB 48 CON 40: LAB gain), S3 (LAB 46 CON 42: LAB gain), S4 (CON 50
// LAB 40: CON hold), S7 (LAB 54 CON 26: LAB hold); the rest await.
// National swing over those four counted seats (400 valid votes each side):
//   CON now 40+42+50+26 = 158 -> 39.50 %, before 45+50+52+30 = 177 -> 44.25 %: −4.75
//   LAB now 48+46+40+54 = 188 -> 47.00 %, before 43+40+38+50 = 171 -> 42.75 %: +4.25
//   Butler swing CON -> LAB = (4.25 − (−4.75)) / 2 = 4.5
// Would fall at 4.5 (needed < 4.5): S1, S9, S2 = 3. Fallen (won by LAB): S1, S3 = 2.
const Seat kSeats[] = {
    {"S1", 45, 43, 12, 40, 48, 12}, {"S2", 48, 42, 10, 0, 0, 0}, {"S3", 50, 40, 10, 42, 46, 12},
    {"S4", 52, 38, 10, 50, 40, 10}, {"S5", 55, 35, 10, 0, 0, 0}, {"S6", 60, 30, 10, 0, 0, 0},
    {"S7", 30, 50, 20, 26, 54, 20}, {"S8", 55, 0, 45, 0, 0, 0},  {"S9", 47, 43, 10, 0, 0, 0},
};

SnapshotPtr battlegroundFeed() {
  json contests = json::array();
  for (const Seat& s : kSeats) {
    json previous = json::array();
    for (auto [party, votes] : {std::pair{"CON", s.prevCon}, {"LAB", s.prevLab}, {"LD", s.prevLd}})
      if (votes > 0) previous.push_back({{"party", party}, {"votes", votes}});
    json c = {{"id", s.id},
              {"name", std::string("Seat ") + s.id},
              {"revision", 1},
              {"electorate", 200},
              {"candidates", json::array()},
              {"previous", {{"label", "before"}, {"validVotes", 100}, {"votes", previous}}}};
    if (s.con + s.lab + s.ld == 0) {
      c["status"] = "awaiting";
    } else {
      c["status"] = "declared";
      c["validVotes"] = s.con + s.lab + s.ld;
      for (auto [party, votes] : {std::pair{"CON", s.con}, {"LAB", s.lab}, {"LD", s.ld}})
        c["candidates"].push_back({{"name", std::string(party) + " candidate"}, {"party", party}, {"votes", votes}});
    }
    contests.push_back(c);
  }
  const json doc = {{"format", "landslide-results"},
                    {"formatVersion", 1},
                    {"name", "Battleground fixture"},
                    {"parties", json::array()},
                    {"contests", contests}};
  auto r = parseFeed(doc.dump(), "battleground.json");
  for (const auto& e : r.errors) FAIL_CHECK(e.toString());
  REQUIRE(r.ok());
  return r.snapshot;
}

std::vector<std::string> ids(const Battleground& b) {
  std::vector<std::string> out;
  for (const auto& t : b.targets) out.push_back(t.id);
  return out;
}

} // namespace

TEST_CASE("battleground: targets, needed swing, national swing, fallen and would-fall on a hand-checked fixture") {
  const auto snap = battlegroundFeed();
  const Battleground b = deriveBattleground(*snap); // defaults: CON held 8 seats, LAB 1
  CHECK(b.defender == "CON");
  CHECK(b.challenger == "LAB");
  CHECK(b.counted == 4);
  REQUIRE(b.nationalSwing);
  CHECK(*b.nationalSwing == doctest::Approx(4.5));
  CHECK(ids(b) == std::vector<std::string>{"S1", "S9", "S2", "S3", "S4", "S5", "S6", "S8"});
  const double needed[] = {1.0, 2.0, 3.0, 5.0, 7.0, 10.0, 15.0, 27.5};
  for (std::size_t i = 0; i < b.targets.size(); ++i)
    CHECK_MESSAGE(b.targets[i].needed == doctest::Approx(needed[i]), b.targets[i].id);
  CHECK(b.fallen == 2);
  CHECK(b.wouldFall == 3);
  // Per seat: S1 fell and would; S9, S2 would but await; S3 fell beyond the swing;
  // S4 declared, held.
  const auto& t = b.targets;
  CHECK((t[0].fallen && t[0].wouldFall && t[0].declared && t[0].winner == "LAB"));
  CHECK((!t[1].fallen && t[1].wouldFall && !t[1].declared && t[1].winner.empty()));
  CHECK((!t[2].fallen && t[2].wouldFall && !t[2].declared));
  CHECK((t[3].fallen && !t[3].wouldFall && t[3].declared && t[3].winner == "LAB"));
  CHECK((!t[4].fallen && !t[4].wouldFall && t[4].declared && t[4].winner == "CON"));
  for (std::size_t i = 5; i < t.size(); ++i) CHECK((!t[i].fallen && !t[i].wouldFall && !t[i].declared));
  CHECK(t[0].name == "Seat S1");
}

TEST_CASE("battleground: the other side defaults to the largest previous party that is not the one given") {
  const auto snap = battlegroundFeed();
  // Naming only the challenger keeps CON as defender.
  Battleground b = deriveBattleground(*snap, "LAB");
  CHECK((b.challenger == "LAB" && b.defender == "CON" && b.targets.size() == 8));
  // Naming CON as challenger makes LAB (next largest) the defender: one target, S7,
  // needing (50 − 30) / 2 = 10; the national swing LAB -> CON is −4.5, so nothing falls.
  b = deriveBattleground(*snap, "CON");
  CHECK((b.challenger == "CON" && b.defender == "LAB"));
  REQUIRE(b.targets.size() == 1);
  CHECK(b.targets[0].id == "S7");
  CHECK(b.targets[0].needed == doctest::Approx(10.0));
  CHECK(*b.nationalSwing == doctest::Approx(-4.5));
  CHECK((b.fallen == 0 && b.wouldFall == 0));
  b = deriveBattleground(*snap, {}, "LAB");
  CHECK((b.challenger == "CON" && b.defender == "LAB"));
  // LD against CON: S8 needs (55 − 45) / 2 = 5, then S1 (45 − 12) / 2 = 16.5, S9 18.5,
  // S2 19, S3 20, S4 21, S5 22.5, S6 25. LD's national change is 54/400 − 52/400 =
  // +0.5 points, so the swing CON -> LD is (0.5 + 4.75) / 2 = 2.625: nothing falls.
  b = deriveBattleground(*snap, "LD", "CON");
  REQUIRE(b.nationalSwing);
  CHECK(*b.nationalSwing == doctest::Approx(2.625));
  CHECK(ids(b) == std::vector<std::string>{"S8", "S1", "S9", "S2", "S3", "S4", "S5", "S6"});
  CHECK(b.targets[0].needed == doctest::Approx(5.0));
  CHECK(b.targets[1].needed == doctest::Approx(16.5));
  CHECK((b.fallen == 0 && b.wouldFall == 0));
  // The same party on both sides, or a feed without previous results: no targets.
  b = deriveBattleground(*snap, "CON", "CON");
  CHECK(b.targets.empty());
}
