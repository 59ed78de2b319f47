// The figures the issue names, from the committed sample feeds: Mid Bedfordshire and
// Tamworth (19 October 2023, vs 2019) and Runcorn and Helsby (2025, vs 2024).

#include "TestSupport.h"

#include "feeds/DeriveJson.h"

#include <doctest/doctest.h>

#include <cmath>

using namespace landslide;
using namespace landslide::test;

namespace {

SnapshotPtr sample(const std::string& name) {
  const auto path = sourceDir() / "feeds" / "samples" / name;
  auto r = parseFeed(readFile(path), path.string());
  for (const auto& e : r.errors) FAIL_CHECK(e.toString());
  REQUIRE(r.ok());
  return r.snapshot;
}

double oneDecimal(double v) { return std::round(v * 10.0) / 10.0; }

} // namespace

TEST_CASE("Mid Bedfordshire 2023: LAB GAIN FROM CON, majority 1,192, swing 20.5") {
  const auto snap = sample("by-elections-2023-10-19.json");
  const DerivedContest* d = snap->derived("E14000813");
  REQUIRE(d);
  CHECK(d->name == "Mid Bedfordshire");
  CHECK(d->caption == "LAB GAIN FROM CON");
  CHECK(d->winner == "LAB");
  CHECK(d->runnerUp == "CON");
  CHECK(d->previousWinner == "CON");
  CHECK(d->gain);
  CHECK(d->result == "gain");
  CHECK(*d->majority == 1192);
  CHECK(oneDecimal(*d->majorityPct) == doctest::Approx(2.9));
  // Turnout is ballots cast (valid + rejected) over the electorate: 40,822 / 92,578.
  CHECK(d->turnoutBasis == TurnoutBasis::BallotsCast);
  CHECK(oneDecimal(*d->turnoutPct) == doctest::Approx(44.1));
  CHECK(oneDecimal(*d->previousTurnoutPct) == doctest::Approx(74.0));
  CHECK(oneDecimal(*d->turnoutChange) == doctest::Approx(-29.9));
  CHECK(d->turnoutChangeBasis == TurnoutBasis::BallotsCast);
  CHECK(oneDecimal(d->party("LAB")->change.value()) == doctest::Approx(12.4));
  CHECK(d->party("LAB")->share == doctest::Approx(34.067).epsilon(1e-4));
  CHECK(d->party("CON")->change.value() == doctest::Approx(-28.65).epsilon(1e-3));
  CHECK(d->party("LD")->change.value() == doctest::Approx(10.51).epsilon(1e-3));
  REQUIRE(d->swing);
  CHECK(d->swing->from == "CON");
  CHECK(d->swing->to == "LAB");
  CHECK(oneDecimal(d->swing->points) == doctest::Approx(20.5));
  // Any pair on request, signed: from Lab to Con is the same swing the other way.
  CHECK(butlerSwing(*d, "LAB", "CON").value() == doctest::Approx(-d->swing->points));
  CHECK(d->challenger == "LAB");
  CHECK(d->challengerNeeded.value() == doctest::Approx((59.787 - 21.676) / 2).epsilon(1e-3));
  CHECK(d->party("REF")->isNew);
  CHECK_FALSE(d->party("IND")->change.has_value()); // independents stand alone
  // Candidates sorted by votes; the two independents are not pooled.
  REQUIRE(d->candidates.size() == 13);
  CHECK(d->candidates.front().candidate->name == "Alistair Strathern");
  CHECK(d->candidates.front().winner);
  CHECK(d->candidates.back().candidate->name == "Chris Rooney");
  int independents = 0;
  for (const auto& p : d->parties) independents += p.code == "IND" ? 1 : 0;
  CHECK(independents == 2);
  CHECK(snap->shortName("LAB") == "LAB");
  CHECK(snap->partyName("LAB") == "Labour");
}

TEST_CASE("Tamworth 2023: swing 23.9, majority 1,316, LAB GAIN FROM CON (Lab Co-op in 2019)") {
  const auto snap = sample("by-elections-2023-10-19.json");
  const DerivedContest* d = snap->derived("E14000986");
  REQUIRE(d);
  CHECK(d->caption == "LAB GAIN FROM CON");
  CHECK(*d->majority == 1316);
  REQUIRE(d->swing);
  CHECK(oneDecimal(d->swing->points) == doctest::Approx(23.9));
  // Labour stood as Labour and Co-operative in 2019: continuity makes it Labour's change.
  CHECK(d->party("LAB")->change.has_value());
  const auto& t = snap->totals();
  CHECK(t.declared == 2);
  CHECK(t.party("LAB")->seats == 2);
  CHECK(t.party("LAB")->gains == 2);
  CHECK(t.party("CON")->losses == 2);
  CHECK(t.party("CON")->net() == -2);
}

TEST_CASE("Runcorn and Helsby 2025: REF GAIN FROM LAB by 6 votes") {
  const auto snap = sample("runcorn-and-helsby-2025.json");
  const DerivedContest* d = snap->derived("E14001455");
  REQUIRE(d);
  CHECK(d->caption == "REF GAIN FROM LAB");
  CHECK(*d->majority == 6);
  CHECK(d->winner == "REF");
  CHECK(d->runnerUp == "LAB");
  CHECK_FALSE(d->tie);
}

TEST_CASE("GE2024 sample: 650 seats, names as the candidates spell them (the import repaired one)") {
  const auto snap = sample("ge2024.json");
  CHECK(snap->contests().size() == 650);
  bool mojibake = false;
  for (const auto& w : snap->warnings()) mojibake = mojibake || w.rule == "double-encoded";
  CHECK_FALSE(mojibake);
  // Notional results have no rejected ballots: turnout change falls back to valid votes.
  const DerivedContest* d = snap->derived("E14001455");
  REQUIRE(d);
  CHECK(d->turnoutBasis == TurnoutBasis::BallotsCast);
  CHECK(d->turnoutChangeBasis == TurnoutBasis::ValidVotes);
  CHECK(d->turnoutChange.has_value());
  const std::string json = deriveJson(*snap, std::string_view("E14001455"));
  CHECK(json.find("\"turnout_change_basis\": \"valid votes\"") != std::string::npos);
}
