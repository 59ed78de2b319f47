// The national totals of the 2024 and 2019 general elections against the Library's own
// columns: seats per party (First party / Result), gains and losses (the Result
// captions), and national vote share (the party vote columns over all seats). The
// expected figures are computed here from the CSV; none is written down.

#include "LibraryOracle.h"

#include "feeds/Continuity.h"

#include <doctest/doctest.h>

#include <cmath>

using namespace landslide;
using namespace landslide::test;

namespace {

void checkTotals(const LibraryElection& e, int contests) {
  const ResultsSnapshot& snap = *e.parsed.snapshot;
  const ElectionTotals& t = snap.totals();
  const LibraryTotals lib = libraryTotals(e);
  for (const auto& f : lib.failures) FAIL_CHECK(f);
  CHECK(t.contests == contests);
  CHECK(t.declared == contests);
  CHECK(t.toDeclare == 0);
  CHECK(t.counted == contests);
  CHECK(t.validVotes == lib.validVotes);

  // Seats, gains and losses: every party either side names, both ways round.
  int librarySeats = 0;
  for (const auto& [code, p] : lib.parties) {
    if (code == "*") continue;
    librarySeats += p.seats;
    const PartyTotals* ours = t.party(code);
    if (p.seats == 0 && p.gains == 0 && p.losses == 0) continue;
    REQUIRE_MESSAGE(ours, code);
    CHECK_MESSAGE(ours->seats == p.seats, code);
    CHECK_MESSAGE(ours->gains == p.gains, code);
    CHECK_MESSAGE(ours->losses == p.losses, code);
  }
  CHECK(librarySeats == contests);
  for (const PartyTotals& p : t.parties) {
    auto it = lib.parties.find(p.code);
    const int seats = it == lib.parties.end() ? 0 : it->second.seats;
    CHECK_MESSAGE(p.seats == seats, p.code);
    CHECK_MESSAGE(p.net() == (it == lib.parties.end() ? 0 : it->second.gains - it->second.losses), p.code);
  }

  // National share: each party with its own column, and everyone else pooled.
  double otherShare = 0;
  for (const PartyTotals& p : t.parties)
    if (!lib.voteColumns.count(p.code)) otherShare += p.share;
  for (const auto& [code, p] : lib.parties) {
    const double expected = 100.0 * static_cast<double>(p.votes) / static_cast<double>(lib.validVotes);
    if (code == "*") {
      CHECK_MESSAGE(std::fabs(otherShare - expected) < 0.01,
                    "all others: ours " << otherShare << ", Library " << expected);
      continue;
    }
    if (!lib.voteColumns.count(code)) continue;
    const PartyTotals* ours = t.party(code);
    const double share = ours ? ours->share : 0.0;
    CHECK_MESSAGE(std::fabs(share - expected) < 0.01, code << ": ours " << share << ", Library " << expected);
  }
  // Every seat is declared: no party needs more than the line, and the line is a
  // majority of the contests.
  CHECK(t.majorityLine == contests / 2 + 1);
  for (const PartyTotals& p : t.parties) CHECK(p.seatsNeeded == std::max(0, t.majorityLine - p.seats));
}

} // namespace

TEST_CASE("GE2024 national totals equal the Library's seats, gains, losses and vote share") {
  const auto e = importGe2024();
  checkTotals(e, 650);
  // What the comparison covered (printed, not asserted: the Library decides).
  const auto& t = e.parsed.snapshot->totals();
  MESSAGE("GE2024: LAB " << t.party("LAB")->seats << " seats (+" << t.party("LAB")->gains << " -"
                         << t.party("LAB")->losses << "), " << t.party("LAB")->share << "%");
}

TEST_CASE("GE2019 national totals equal the Library's seats, gains, losses and vote share") {
  const auto e = importGe2019();
  checkTotals(e, 650);
  const auto& t = e.parsed.snapshot->totals();
  MESSAGE("GE2019: CON " << t.party("CON")->seats << " seats, " << t.party("CON")->share << "%");
}

TEST_CASE("GE2019: previous seats are the 2017 winners; the Speaker's seat is the Speaker's") {
  const auto e = importGe2019();
  const auto& t = e.parsed.snapshot->totals();
  // Previous seats come from the 2017 CSV's own First party column.
  auto table = readCsv(csvFile("ge2017/constituencies.csv").bytes, "ge2017");
  REQUIRE(table.ok());
  const auto first = table->column({"First party"});
  REQUIRE(first);
  std::map<std::string, int> previous;
  for (const auto& row : table->rows) {
    std::string abbr = row[*first];
    if (abbr == "Lab Coop") abbr = "Lab";
    ++previous[e.parsed.snapshot->canonicalParty(partyCodeForLibrary(builtinContinuity(), abbr, ""))];
  }
  for (const auto& [code, seats] : previous) {
    const PartyTotals* p = t.party(code);
    REQUIRE_MESSAGE(p, code);
    CHECK_MESSAGE(p->previousSeats == seats, code);
  }
  CHECK(t.party("SPK")->seats == 1);
  CHECK(t.party("SPK")->previousSeats == 1); // Buckingham's Speaker in 2017, Chorley's in 2019
}
