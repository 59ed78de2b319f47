// Replaying real nights from the Library's CSVs: every revision a valid feed, the declared
// count never falling, the end exactly the published result, --until against the
// Library's own declaration times, and the shape options (winner-first, recounts,
// corrections) each visible on the way.

#include "LibraryOracle.h"

#include "feeds/Continuity.h"
#include "feeds/FeedWriter.h"
#include "feeds/Instant.h"
#include "feeds/rehearsal/NightPlan.h"
#include "feeds/rehearsal/Replay.h"
#include "feeds/rehearsal/RevisionSinks.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <map>

using namespace landslide;
using namespace landslide::rehearsal;
using namespace landslide::test;

namespace {

// Parses every revision as a watching source would (each with the one before), keeps
// the statuses seen per contest, and checks the declared count never falls.
struct CheckingSink final : RevisionSink {
  SnapshotPtr last;
  std::size_t revisions = 0, invalid = 0, fell = 0;
  int declared = 0;
  std::map<std::string, std::vector<ContestStatus>> seen;  // contest id -> statuses in order
  std::map<std::string, std::vector<std::string>> leaders; // contest id -> leader in each recount revision
  Expected<void> deliver(const Revision& r) override {
    ParseOptions o;
    o.previous = last;
    o.sourceRevision = r.number;
    ParseResult p = parseFeed(r.text, "revision " + std::to_string(r.number), o);
    ++revisions;
    if (!p.ok()) {
      ++invalid;
      for (const auto& e : p.errors) FAIL_CHECK(e.toString());
      return {};
    }
    const int now = p.snapshot->totals().declared;
    if (now < declared) ++fell;
    CHECK(std::size_t(now) == r.withResult);
    declared = now;
    for (const auto& d : p.snapshot->contests()) {
      auto& s = seen[d.id];
      if (s.empty() || s.back() != d.status) {
        s.push_back(d.status);
        if (d.status == ContestStatus::Recount) // the provisional leader (no winner yet)
          leaders[d.id].push_back(d.candidates.empty() ? "" : d.candidates.front().party);
      }
    }
    last = p.snapshot;
    return {};
  }
  bool everyRevisionAtMax() const override { return true; }
};

// Seats per party from the Library's own Result column ("Con gain from Lab", "SNP hold").
std::map<std::string, int> librarySeats(const LibraryElection& e) {
  std::map<std::string, int> seats;
  const auto col = e.constituencies.column({"Result"});
  REQUIRE(col);
  for (const auto& row : e.constituencies.rows) {
    std::string winner = row[*col];
    for (const char* cut : {" gain from ", " hold", " Hold"})
      if (auto at = winner.find(cut); at != std::string::npos) winner = winner.substr(0, at);
    if (winner == "Lab Coop") winner = "Lab";
    seats[e.parsed.snapshot->canonicalParty(partyCodeForLibrary(builtinContinuity(), winner, ""))] += 1;
  }
  return seats;
}

// The end of the night is exactly the published result, seat by seat.
void checkPublished(const Election& published, const ResultsSnapshot& end, const std::set<std::size_t>& corrected) {
  REQUIRE(end.election().contests.size() == published.contests.size());
  for (std::size_t i = 0; i < published.contests.size(); ++i) {
    const Contest& p = published.contests[i];
    const Contest& c = end.election().contests[i];
    CAPTURE(p.id);
    CHECK(c.status == (corrected.count(i) ? ContestStatus::Corrected : ContestStatus::Declared));
    CHECK(c.validVotes == p.validVotes);
    CHECK(c.rejected == p.rejected);
    CHECK(c.electorate == p.electorate);
    if (p.declaredAt) CHECK(c.declaredAt == p.declaredAt);
    REQUIRE(c.candidates.size() == p.candidates.size());
    for (std::size_t k = 0; k < p.candidates.size(); ++k) {
      CHECK(c.candidates[k].name == p.candidates[k].name);
      CHECK(c.candidates[k].partyCode == p.candidates[k].partyCode);
      CHECK(c.candidates[k].votes == p.candidates[k].votes);
      CHECK(c.candidates[k].elected == p.candidates[k].elected);
    }
  }
}

// "13/12/2019 02:30" -> UTC seconds (the Library prints UK local time; GMT in December).
int64_t libraryTime(const std::string& t) {
  REQUIRE(t.size() == 16);
  return *parseInstant(t.substr(6, 4) + "-" + t.substr(3, 2) + "-" + t.substr(0, 2) + "T" + t.substr(11, 5) +
                       ":00+00:00");
}

} // namespace

TEST_CASE("GE2019 at max speed: every revision valid, never falling, ending at the published result") {
  const LibraryElection e = importGe2019();
  const Election& published = e.parsed.snapshot->election();
  auto planned = planNight(published, NightOptions{});
  REQUIRE_MESSAGE(planned, planned.error());
  const NightPlan& plan = *planned;
  CHECK(plan.simulated == 0); // the Library's Declaration time column, through the importer
  CheckingSink sink;
  const auto replayed = replayNight(published, plan, {}, {&sink});
  REQUIRE_MESSAGE(replayed, replayed.error());
  const ReplaySummary& sum = *replayed;
  MESSAGE("GE2019: " << sum.revisions << " revisions, " << sum.events << " events, night "
                     << plan.clock.format(sum.startNight) << " to " << plan.clock.format(sum.endNight) << ", "
                     << sum.wallSeconds << " s at max speed");
  CHECK(sink.invalid == 0);
  CHECK(sink.fell == 0);
  CHECK(sink.revisions == sum.revisions);
  CHECK(sum.revisions > 100); // one revision per minute something happened, not one lump
  CHECK(sum.withResult == 650);
  REQUIRE(sink.last);
  CHECK(sink.last->totals().declared == 650);
  checkPublished(published, *sink.last, {});

  // The final derived seat totals against the Library's Result column, every party.
  const auto library = librarySeats(e);
  int sum650 = 0;
  for (const auto& [party, seats] : library) {
    const PartyTotals* ours = sink.last->totals().party(party);
    CAPTURE(party);
    REQUIRE(ours);
    CHECK(ours->seats == seats);
    sum650 += seats;
  }
  CHECK(sum650 == 650);
  for (const auto& p : sink.last->totals().parties)
    if (p.seats > 0) CHECK_MESSAGE(library.count(p.code), p.code << " won seats the Library does not give it");
  // And seat by seat: winner, gain/hold and caption, through the feeds' own oracle.
  LibraryElection end{parseFeed(writeFeed(sink.last->election()), "end"), e.constituencies, e.candidacies};
  REQUIRE(end.parsed.ok());
  checkReport(compareWithLibrary(end, "ge2019"), "ge2019", 650);
}

TEST_CASE("GE2019 --until 03:00: the seats the Library has declared by then") {
  const LibraryElection e = importGe2019();
  const Election& published = e.parsed.snapshot->election();
  auto planned = planNight(published, NightOptions{});
  REQUIRE(planned);
  const auto col = e.constituencies.column({"Declaration time"});
  REQUIRE(col);
  const int64_t until = planned->clock.timeOfNight(3, 0);
  CHECK(until == *parseInstant("2019-12-13T03:00:00Z"));
  int expected = 0;
  for (const auto& row : e.constituencies.rows) expected += libraryTime(row[*col]) <= until ? 1 : 0;
  MESSAGE("declared by 03:00 (Library): " << expected);
  CHECK(expected > 100);
  CHECK(expected < 650);
  CheckingSink sink;
  ReplayOptions o;
  o.until = until;
  const auto replayed = replayNight(published, *planned, o, {&sink});
  REQUIRE_MESSAGE(replayed, replayed.error());
  const ReplaySummary& sum = *replayed;
  REQUIRE(sink.last);
  CHECK(sink.last->totals().declared == expected);
  CHECK(sum.endNight <= until);
  CHECK(sink.invalid == 0);
  CHECK(sink.fell == 0);
}

TEST_CASE("GE2019 with winner-first, recounts and corrections: every state appears, the end is published") {
  const LibraryElection e = importGe2019();
  const Election& published = e.parsed.snapshot->election();
  NightOptions o;
  o.seed = 42;
  o.winnerFirst = 0.25;
  o.recounts = 6;
  o.corrections = 5;
  auto planned = planNight(published, o);
  REQUIRE(planned);
  const NightPlan& plan = *planned;
  CHECK(plan.recounts.size() == 6);
  CHECK(plan.leadChanges.size() == 3);
  CHECK(plan.corrections.size() == 5);
  CHECK(plan.winnerFirst.size() == 163); // 25% of 650, rounded
  // The same seed makes the same night.
  CHECK(planNight(published, o)->recounts == plan.recounts);
  CHECK(planNight(published, o)->winnerFirst == plan.winnerFirst);

  CheckingSink sink;
  const auto replayed = replayNight(published, plan, {}, {&sink});
  REQUIRE_MESSAGE(replayed, replayed.error());
  CHECK(sink.invalid == 0);
  CHECK(sink.fell == 0);
  REQUIRE(sink.last);
  checkPublished(published, *sink.last, plan.corrections);
  const auto id = [&](std::size_t i) { return published.contests[i].id; };
  // Recounts: among the closest majorities; the provisional count's leader differs from
  // the winner exactly where the plan says the lead changes.
  for (std::size_t i : plan.recounts) {
    CAPTURE(id(i));
    const auto& s = sink.seen[id(i)];
    REQUIRE(s.size() >= 3);
    CHECK(s[0] == ContestStatus::Awaiting);
    CHECK(s[1] == ContestStatus::Recount);
    const std::string winner = sink.last->derived(id(i))->winner;
    REQUIRE(sink.leaders[id(i)].size() == 1);
    CHECK((sink.leaders[id(i)][0] != winner) == (plan.leadChanges.count(i) == 1));
    CHECK(*sink.last->derived(id(i))->majority < 2000);
  }
  for (std::size_t i : plan.winnerFirst) {
    CAPTURE(id(i));
    const auto& s = sink.seen[id(i)];
    const auto w = std::find(s.begin(), s.end(), ContestStatus::WinnerOnly);
    REQUIRE(w != s.end());
    REQUIRE(w + 1 != s.end());
    CHECK(hasFinalCounts(*(w + 1))); // the numbers follow
  }
  for (std::size_t i = 0; i < published.contests.size(); ++i)
    if (!plan.winnerFirst.count(i))
      CHECK(std::find(sink.seen[id(i)].begin(), sink.seen[id(i)].end(), ContestStatus::WinnerOnly) ==
            sink.seen[id(i)].end());
  for (std::size_t i : plan.corrections) {
    CAPTURE(id(i));
    const auto& s = sink.seen[id(i)];
    REQUIRE(s.size() >= 3);
    CHECK(s[s.size() - 2] == ContestStatus::Declared);
    CHECK(s.back() == ContestStatus::Corrected);
  }
}

TEST_CASE("GE2024 has no declaration times: a simulated night, said so, ending at the published result") {
  const LibraryElection e = importGe2024();
  const Election& published = e.parsed.snapshot->election();
  NightOptions o;
  CHECK(planNight(published, o).error().find("--date") != std::string::npos);
  o.date = "2024-07-04";
  o.seed = 3;
  auto planned = planNight(published, o);
  REQUIRE_MESSAGE(planned, planned.error());
  CHECK(planned->simulated == 650);
  CHECK(planned->clock.offsetMinutes == 60);
  CheckingSink sink;
  const auto replayed = replayNight(published, *planned, {}, {&sink});
  REQUIRE_MESSAGE(replayed, replayed.error());
  CHECK(sink.invalid == 0);
  CHECK(sink.fell == 0);
  REQUIRE(sink.last);
  CHECK(sink.last->totals().declared == 650);
  checkPublished(published, *sink.last, {});
  // Every simulated time is written in BST, as the night was.
  for (const auto& c : sink.last->election().contests) {
    REQUIRE(c.declaredAt);
    CHECK(c.declaredAt->ends_with("+01:00"));
  }
  const auto& totals = sink.last->totals();
  CHECK(totals.party("LAB")->seats == 411);
}

TEST_CASE("file sink: a failed write is one Problem naming the flag, and the last good feed stays") {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "landslide-filesink-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  Revision r;
  r.number = 1;
  r.text = "{\"first\": true}";
  FileSink good((dir / "feed.json").string());
  REQUIRE(good.deliver(r));
  const auto refused = FileSink("/nonexistent-dir/feed.json").deliver(r);
  REQUIRE_FALSE(refused);
  CHECK(refused.error().find("--out /nonexistent-dir/feed.json: cannot create") == 0);
  r.text = "{\"second\": true}";
  REQUIRE(good.deliver(r));
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++entries;
  CHECK(entries == 1); // replaced in place, no temporary left beside it
  std::filesystem::remove_all(dir);
}
