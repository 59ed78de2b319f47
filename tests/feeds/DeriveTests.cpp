// Derived figures on small hand-made contests: ties, recounts, corrections, winner-only
// results, the Speaker, independents, new and departed parties, swing and totals.

#include "feeds/DeriveJson.h"
#include "feeds/ParseFeed.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace landslide;
using nlohmann::json;

namespace {

json cand(const char* name, const char* party, int votes, bool elected = false) {
  json c{{"name", name}, {"party", party}, {"votes", votes}};
  if (elected) c["elected"] = true;
  return c;
}

json prevVotes(std::initializer_list<std::pair<const char*, int>> v) {
  json out = json::array();
  for (auto [p, n] : v) out.push_back({{"party", p}, {"votes", n}});
  return out;
}

json contest(const char* id, const char* status, json candidates, json previous = nullptr) {
  int sum = 0;
  for (const auto& c : candidates) sum += c.value("votes", 0);
  json c{{"id", id},
         {"name", id},
         {"status", status},
         {"revision", 1},
         {"electorate", 1000},
         {"validVotes", sum},
         {"candidates", std::move(candidates)}};
  if (!previous.is_null()) c["previous"] = std::move(previous);
  return c;
}

SnapshotPtr snapshot(json contests) {
  const json doc{{"format", "landslide-results"},
                 {"formatVersion", 1},
                 {"name", "Derive"},
                 {"parties", json::array()},
                 {"contests", std::move(contests)}};
  auto r = parseFeed(doc.dump(), "d.json");
  for (const auto& e : r.errors) FAIL_CHECK(e.toString());
  REQUIRE(r.ok());
  return r.snapshot;
}

} // namespace

TEST_CASE("derive: hold, swing between the top two, quoted in the direction it went") {
  const auto s = snapshot({contest("H", "declared", {cand("a", "CON", 500, true), cand("b", "LAB", 400)},
                                   {{"votes", prevVotes({{"CON", 600}, {"LAB", 300}})}})});
  const auto* d = s->derived("H");
  CHECK(d->caption == "CON HOLD");
  CHECK(d->result == "hold");
  CHECK_FALSE(d->gain);
  // Con 55.56 (-11.11), Lab 44.44 (+11.11): swing Con to Lab 11.11.
  REQUIRE(d->swing);
  CHECK(d->swing->from == "CON");
  CHECK(d->swing->to == "LAB");
  CHECK(d->swing->points == doctest::Approx(11.111).epsilon(1e-4));
  CHECK(d->challenger == "LAB");
  CHECK(d->challengerNeeded.value() == doctest::Approx(16.667).epsilon(1e-4));
  CHECK(d->turnoutBasis == TurnoutBasis::ValidVotes); // no rejected ballots given
  CHECK_FALSE(d->turnoutChange.has_value());          // no previous electorate
}

TEST_CASE("derive: no previous result -> WIN, no swing, no change") {
  const auto s = snapshot({contest("N", "declared", {cand("a", "GRN", 10, true), cand("b", "LD", 5)})});
  const auto* d = s->derived("N");
  CHECK(d->caption == "GRN WIN");
  CHECK(d->result.empty());
  CHECK_FALSE(d->swing);
  CHECK_FALSE(d->party("GRN")->change);
  CHECK_FALSE(d->party("GRN")->isNew);
}

TEST_CASE("derive: a tie is explicit; the lot is the elected flag") {
  const auto s = snapshot({contest("T1", "declared", {cand("a", "LAB", 100), cand("b", "CON", 100)},
                                   {{"votes", prevVotes({{"CON", 60}, {"LAB", 40}})}}),
                           contest("T2", "declared", {cand("a", "LAB", 100), cand("b", "CON", 100, true)},
                                   {{"votes", prevVotes({{"LAB", 60}, {"CON", 40}})}})});
  const auto* undecided = s->derived("T1");
  CHECK(undecided->tie);
  CHECK(undecided->winner.empty());
  CHECK(undecided->caption == "TIE");
  CHECK(*undecided->majority == 0);
  const auto* lot = s->derived("T2");
  CHECK(lot->tie);
  CHECK(lot->winner == "CON");
  CHECK(lot->candidates.front().candidate->name == "b"); // the lot's winner first
  CHECK(lot->caption == "CON GAIN FROM LAB");
  CHECK(s->totals().declared == 2);
  CHECK(s->totals().party("CON")->seats == 1);
}

TEST_CASE("derive: recount, corrected and winner-only states") {
  json winnerOnly = contest("W", "winner-only",
                            {{{"name", "a"}, {"party", "LD"}, {"elected", true}}, {{"name", "b"}, {"party", "CON"}}},
                            {{"votes", prevVotes({{"CON", 60}, {"LD", 40}})}});
  winnerOnly.erase("validVotes");
  json corrected = contest("C", "corrected", {cand("a", "LAB", 300, true), cand("b", "CON", 200)},
                           {{"votes", prevVotes({{"LAB", 60}, {"CON", 40}})}});
  corrected["revision"] = 2;
  const auto s =
      snapshot({contest("R", "recount", {cand("a", "LAB", 100), cand("b", "CON", 99)}), winnerOnly, corrected});
  const auto* r = s->derived("R");
  CHECK(r->caption == "RECOUNT");
  CHECK(r->provisional);
  CHECK(r->winner.empty());
  CHECK(r->countsKnown); // provisional figures are still shown
  CHECK(*r->majority == 1);
  const auto* w = s->derived("W");
  CHECK(w->caption == "LD GAIN FROM CON");
  CHECK_FALSE(w->countsKnown);
  CHECK_FALSE(w->majority);
  CHECK_FALSE(w->swing);
  const auto* c = s->derived("C");
  CHECK(c->corrected);
  CHECK(c->revision == 2);
  CHECK(c->caption == "LAB HOLD");
  const auto& t = s->totals();
  CHECK(t.declared == 2); // winner-only and corrected; the recount is not a result
  CHECK(t.counted == 1);  // only the corrected counts enter the national share
  CHECK(t.party("LAB")->share == doctest::Approx(60.0));
}

TEST_CASE("derive: the Speaker's seat") {
  const auto s = snapshot({contest("S1", "declared", {cand("Hoyle", "SPK", 500, true), cand("g", "GRN", 100)},
                                   {{"votes", prevVotes({{"LAB", 600}, {"CON", 300}})}}),
                           contest("S2", "declared", {cand("Smith", "CON", 500, true), cand("l", "LD", 100)},
                                   {{"votes", prevVotes({{"SPK", 600}, {"GRN", 300}})}})});
  const auto* chorley = s->derived("S1");
  CHECK(chorley->caption == "SPEAKER RE-ELECTED");
  CHECK(chorley->gain); // the seat moves from Labour's column to the Speaker's
  CHECK(chorley->previousWinner == "LAB");
  const auto* buckingham = s->derived("S2");
  CHECK(buckingham->caption == "CON GAIN FROM SPEAKER");
  CHECK(s->totals().party("LAB")->losses == 1);
  CHECK(s->totals().party("SPK")->seats == 1);
}

TEST_CASE("derive: independents stand alone; a previous independent can win") {
  const auto s =
      snapshot({contest("I", "declared", {cand("x", "IND", 300, true), cand("y", "IND", 250), cand("z", "LAB", 200)},
                        {{"votes", prevVotes({{"IND", 500}, {"LAB", 400}, {"IND", 100}})}})});
  const auto* d = s->derived("I");
  CHECK(d->previousWinner == "IND"); // 500, not 600 pooled
  CHECK(d->caption == "IND HOLD");
  CHECK_FALSE(d->swing); // no Butler swing involves independents
  int ind = 0;
  for (const auto& p : d->parties) ind += p.code == "IND";
  CHECK(ind == 2);
  CHECK_FALSE(d->candidates[0].change);
  CHECK(d->candidates[2].change.value() == doctest::Approx(200.0 / 750 * 100 - 40.0));
}

TEST_CASE("derive: new parties, departed parties and continuity") {
  const auto s =
      snapshot({contest("P", "declared", {cand("a", "REF", 400, true), cand("b", "LAB", 350), cand("c", "WPB", 250)},
                        {{"votes", prevVotes({{"LABCOOP", 500}, {"BRX", 200}, {"UKIP", 300}})}})});
  const auto* d = s->derived("P");
  CHECK(d->previousWinner == "LAB"); // Labour and Co-operative counts as Labour
  CHECK(d->caption == "REF GAIN FROM LAB");
  CHECK(d->party("REF")->change.value() == doctest::Approx(20.0)); // vs the Brexit Party
  CHECK(d->party("WPB")->isNew);
  CHECK_FALSE(d->party("WPB")->change);
  const auto* ukip = d->party("UKIP");
  REQUIRE(ukip);
  CHECK_FALSE(ukip->standing);
  CHECK(ukip->change.value() == doctest::Approx(-30.0));
  // Any pair on request, signed from -> to.
  CHECK(butlerSwing(*d, "LAB", "REF").value() == doctest::Approx((20.0 - (35.0 - 50.0)) / 2));
  CHECK(butlerSwing(*d, "LAB", "UKIP").value() == doctest::Approx((-30.0 + 15.0) / 2));
  CHECK_FALSE(butlerSwing(*d, "LAB", "WPB"));
  CHECK_FALSE(butlerSwing(*d, "LAB", "NOPE"));
}

TEST_CASE("derive: national totals and share change over the same seats") {
  const auto s = snapshot({contest("A", "declared", {cand("a", "LAB", 600, true), cand("b", "CON", 400)},
                                   {{"votes", prevVotes({{"CON", 500}, {"LAB", 500}})}}),
                           contest("B", "declared", {cand("a", "CON", 300, true), cand("b", "LAB", 100)},
                                   {{"votes", prevVotes({{"CON", 300}, {"LAB", 100}})}}),
                           contest("C", "awaiting", json::array())});
  const auto& t = s->totals();
  CHECK(t.contests == 3);
  CHECK(t.declared == 2);
  CHECK(t.validVotes == 1400);
  CHECK(t.party("LAB")->share == doctest::Approx(50.0));
  CHECK(t.party("LAB")->change.value() == doctest::Approx(50.0 - 600.0 / 14));
  CHECK(t.party("LAB")->gains == 1);
  CHECK(t.party("CON")->losses == 1);
  const auto text = deriveJson(*s);
  const auto j = json::parse(text);
  CHECK(j["totals"]["declared"] == 2);
  CHECK(j["contests"][2]["caption"] == "");
  CHECK(j["contests"][2]["winner"].is_null());
}
