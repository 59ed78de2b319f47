// The Commons Library importer on the shapes the Library's files really come in: values
// marked unknown, a valid-vote total that is not the candidates' sum, files with and
// without a header row or a byte-order mark, other Parliaments' column sets, by-election
// files, and candidacies for seats the constituencies file lacks. Fixtures (under
// tests/feeds/fixtures/commons-library) are cut from the Library's real files and
// changed only where a test says so.

#include "TestSupport.h"

#include "feeds/Continuity.h"
#include "feeds/FeedWriter.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace landslide;
using namespace landslide::test;

namespace {

CsvInput fixture(const std::string& rel) {
  return CsvInput{rel, readFile(sourceDir() / "tests" / "feeds" / "fixtures" / "commons-library" / rel)};
}

CommonsLibraryInput input(const std::string& candidacies, const std::string& constituencies) {
  CommonsLibraryInput in;
  in.candidacies = fixture(candidacies);
  in.constituencies = fixture(constituencies);
  return in;
}

Expected<Imported> import(const CommonsLibraryInput& in, CommonsLibraryOptions options = {"t", "", "", {}}) {
  return importCommonsLibrary(in, options, builtinContinuity());
}

// The imported election through the feed format and back: what goes on air.
ParseResult onAir(const Imported& imported) {
  ParseResult parsed = parseFeed(writeFeed(imported.election), "imported");
  for (const auto& e : parsed.errors) FAIL_CHECK(e.toString());
  return parsed;
}

const Contest& contest(const Election& e, const std::string& id) {
  auto it = std::find_if(e.contests.begin(), e.contests.end(), [&](const Contest& c) { return c.id == id; });
  REQUIRE_MESSAGE(it != e.contests.end(), id);
  return *it;
}

const Problem* warning(const Imported& r, const std::string& rule, const std::string& pathPart = "") {
  for (const auto& w : r.warnings)
    if (w.rule == rule && w.path.find(pathPart) != std::string::npos) return &w;
  return nullptr;
}

std::string baselineFeed() {
  const auto r = import(input("ge2019-three/candidacies.csv", "ge2019-three/constituencies.csv"));
  REQUIRE_MESSAGE(r.ok(), r.error());
  CHECK(r->warnings.empty());
  return writeFeed(r->election);
}

} // namespace

TEST_CASE("real data: [x], .., - and blank are unknown values, not zero and not a refusal") {
  const auto r = import(input("unknown-values/candidacies.csv", "unknown-values/constituencies.csv"));
  REQUIRE_MESSAGE(r.ok(), r.error());
  const ParseResult parsed = onAir(*r);
  REQUIRE(parsed.ok());
  const Election& e = parsed.snapshot->election();

  // Aberavon: electorate [x], rejected ballots "..": both unknown, the rest as declared.
  const Contest& aberavon = contest(e, "W07000049");
  CHECK_FALSE(aberavon.electorate);
  CHECK_FALSE(aberavon.rejected);
  CHECK(aberavon.status == ContestStatus::Declared);
  CHECK(aberavon.validVotes == 31598);
  const Problem* electorate = warning(*r, "unknown-value", "column \"Electorate\"");
  REQUIRE(electorate);
  CHECK(electorate->toString() == "unknown-values/constituencies.csv: row 2, column \"Electorate\": warning: \"[x]\" "
                                  "marks an unknown value: the electorate is left out (unknown: no turnout is shown)");
  REQUIRE(warning(*r, "unknown-value", "row 2, column \"Invalid votes\""));
  const DerivedContest* d = parsed.snapshot->derived("W07000049");
  REQUIRE(d);
  CHECK_FALSE(d->turnoutPct); // unknown electorate: no turnout, not 0 % or infinity
  CHECK(d->winner == "LAB");

  // Aberconwy: valid votes "-" (the candidates' sum is used), rejected ballots blank.
  const Contest& aberconwy = contest(e, "W07000058");
  CHECK(aberconwy.validVotes == 31865);
  CHECK_FALSE(aberconwy.rejected);
  CHECK(aberconwy.electorate == 44699);
  REQUIRE(warning(*r, "unknown-value", "row 3, column \"Valid votes\""));
  REQUIRE(warning(*r, "unknown-value", "row 3, column \"Invalid votes\""));
  const DerivedContest* d2 = parsed.snapshot->derived("W07000058");
  REQUIRE(d2);
  REQUIRE(d2->turnoutPct);
  CHECK(d2->turnoutBasis == TurnoutBasis::ValidVotes);

  // Aberdeen North: one candidate's votes [x]: no declared result can be shown; the
  // member the constituencies file names is the winner.
  const Contest& aberdeen = contest(e, "S14000001");
  CHECK(aberdeen.status == ContestStatus::WinnerOnly);
  const auto elected = std::find_if(aberdeen.candidates.begin(), aberdeen.candidates.end(),
                                    [](const Candidate& c) { return c.elected; });
  REQUIRE(elected != aberdeen.candidates.end());
  CHECK(elected->name == "Kirsty Blackman");
  const Problem* votes = warning(*r, "unknown-value", "column \"Votes\"");
  REQUIRE(votes);
  CHECK(votes->file == "unknown-values/candidacies.csv");
  CHECK(votes->path.rfind("row ", 0) == 0);
  REQUIRE(warning(*r, "unknown-votes", "S14000001"));
}

TEST_CASE("real data: an unopposed candidate without a count is the winner; two without one, awaiting") {
  CommonsLibraryInput in;
  in.constituencies = {"k.csv", "ONS ID,Constituency name,Member first name,Member surname,Electorate,Valid votes,"
                                "Invalid votes\nE1,One,A,B,100,[x],[x]\nE2,Two,,,100,[x],[x]\n"};
  in.candidacies = {"c.csv", "ONS ID,Party abbreviation,Party name,Candidate first name,Candidate surname,Votes\n"
                             "E1,Lab,Labour,A,B,[x]\nE2,Lab,Labour,E,F,[x]\nE2,Con,Conservative,G,H,[x]\n"};
  const auto r = import(in);
  REQUIRE_MESSAGE(r.ok(), r.error());
  const ParseResult parsed = onAir(*r);
  REQUIRE(parsed.ok());
  const Election& e = parsed.snapshot->election();
  CHECK(contest(e, "E1").status == ContestStatus::WinnerOnly);
  CHECK(contest(e, "E1").candidates[0].elected);
  CHECK_FALSE(contest(e, "E1").candidates[0].hasVotes);
  CHECK(contest(e, "E2").status == ContestStatus::Awaiting);
  for (const auto& c : contest(e, "E2").candidates) CHECK_FALSE(c.elected);
}

TEST_CASE("real data: a valid-vote total that is not the candidates' sum is a warning; the sum is used") {
  const auto r = import(input("ge2019-three/candidacies.csv", "valid-votes-mismatch/constituencies.csv"));
  REQUIRE_MESSAGE(r.ok(), r.error());
  REQUIRE(onAir(*r).ok());
  CHECK(contest(r->election, "W07000058").validVotes == 31865);
  const Problem* w = warning(*r, "valid-votes-sum");
  REQUIRE(w);
  CHECK(w->toString() == "valid-votes-mismatch/constituencies.csv: row 3, column \"Valid votes\": warning: valid votes "
                         "are 31875 but the candidates' votes in ge2019-three/candidacies.csv sum to 31865: the "
                         "candidates' sum is used");
  CHECK(writeFeed(r->election) == baselineFeed()); // nothing else changes
}

TEST_CASE("real data: files without a header row, with and without a byte-order mark") {
  const std::string expected = baselineFeed();
  // No header: constituencies without a BOM, candidacies with one.
  const auto r = import(input("ge2019-three-no-header/candidacies.csv", "ge2019-three-no-header/constituencies.csv"));
  REQUIRE_MESSAGE(r.ok(), r.error());
  CHECK(writeFeed(r->election) == expected);
  REQUIRE(r->warnings.size() == 2);
  for (const auto& w : r->warnings) {
    CHECK(w.rule == "no-header");
    CHECK(w.path == "row 1");
  }
  CHECK(r->warnings[0].toString().rfind("ge2019-three-no-header/constituencies.csv: row 1: warning: no header row: "
                                        "the 32 columns are read by position as the Library's general-election "
                                        "constituencies layout",
                                        0) == 0);
  CHECK(r->warnings[1].reason.find("2017/2019 candidacies layout") != std::string::npos);

  // A header with a BOM in front of it.
  auto in = input("ge2019-three/candidacies.csv", "ge2019-three/constituencies.csv");
  in.candidacies.bytes = "\xEF\xBB\xBF" + in.candidacies.bytes;
  in.constituencies.bytes = "\xEF\xBB\xBF" + in.constituencies.bytes;
  const auto bom = import(in);
  REQUIRE_MESSAGE(bom.ok(), bom.error());
  CHECK(bom->warnings.empty());
  CHECK(writeFeed(bom->election) == expected);

  // Neither a header nor a layout the importer knows: refused, saying what to do.
  in.constituencies.bytes = "W07000049,Aberavon,50750\n";
  const auto unknown = import(in);
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.problem().path == "row 1");
  CHECK(unknown.problem().reason.find("add the header row") != std::string::npos);
}

TEST_CASE("real data: by-election files, with and without a header row, import like general-election files") {
  const auto withHeader = import(input("by-elections-two/candidacies.csv", "by-elections-two/constituencies.csv"));
  REQUIRE_MESSAGE(withHeader.ok(), withHeader.error());
  CHECK(withHeader->warnings.empty());
  REQUIRE(withHeader->election.contests.size() == 2);
  const Contest& mid = contest(withHeader->election, "E14000813");
  CHECK(mid.name == "Mid Bedfordshire");
  CHECK(mid.validVotes == 40720);
  CHECK(mid.candidates.size() == 13);
  CHECK(mid.candidates[0].name == "Alistair Strathern");
  REQUIRE(onAir(*withHeader).ok());

  const auto noHeader =
      import(input("by-elections-no-header/candidacies.csv", "by-elections-no-header/constituencies.csv"));
  REQUIRE_MESSAGE(noHeader.ok(), noHeader.error());
  CHECK(writeFeed(noHeader->election) == writeFeed(withHeader->election));
  REQUIRE(noHeader->warnings.size() == 2);
  CHECK(noHeader->warnings[0].reason.find("by-election constituencies layout") != std::string::npos);
  CHECK(noHeader->warnings[1].reason.find("by-election candidacies layout") != std::string::npos);
}

TEST_CASE("real data: another Parliament's columns (UKIP, BRX, no RUK, a new party, other order) map by name") {
  const auto r = import(input("ge2019-three/candidacies.csv", "other-parliament-columns/constituencies.csv"));
  REQUIRE_MESSAGE(r.ok(), r.error());
  CHECK(writeFeed(r->election) == baselineFeed());
  // The one column no Library file has had is named; UKIP and BRX are known.
  REQUIRE(r->warnings.size() == 1);
  CHECK(r->warnings[0].toString() ==
        "other-parliament-columns/constituencies.csv: row 1, column \"Alba\": warning: a column the importer does not "
        "know: ignored (each party's votes come from the candidacies file, which names every party)");
}

TEST_CASE("real data: a candidacy for a seat not in the constituencies file fails the import unless allowed") {
  const auto in = input("unknown-seat/candidacies.csv", "ge2019-three/constituencies.csv");
  const auto refused = import(in);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.problem().rule == "unknown-seat");
  CHECK(refused.problem().toString() ==
        "unknown-seat/candidacies.csv: row 4, column \"ONS ID\": seat \"E14000813\" (Mid Bedfordshire) is not in "
        "ge2019-three/constituencies.csv: the candidacy cannot be imported (--allow-unknown-seats leaves it out with "
        "a warning)");

  CommonsLibraryOptions allow{"t", "", "", {}};
  allow.allowUnknownSeats = true;
  const auto allowed = import(in, allow);
  REQUIRE_MESSAGE(allowed.ok(), allowed.error());
  REQUIRE(allowed->warnings.size() == 1);
  CHECK(allowed->warnings[0].rule == "unknown-seat");
  CHECK(allowed->warnings[0].path == "row 4, column \"ONS ID\"");
  CHECK(writeFeed(allowed->election) == baselineFeed());

  // A seat --only leaves out is no unknown seat.
  const auto only = import(in, {"t", "", "", {"W07000049"}, true});
  REQUIRE(only.ok());
  REQUIRE(only->warnings.size() == 1); // still just Mid Bedfordshire
}

TEST_CASE("real data: a previous result with an unknown vote is left out, with a warning; its figures unknown") {
  auto in = input("ge2019-three/candidacies.csv", "ge2019-three/constituencies.csv");
  in.previousCandidacies = fixture("previous-unknown/candidacies.csv");
  in.previousConstituencies = fixture("ge2017-three/constituencies.csv");
  in.previousConstituencies->bytes.replace(in.previousConstituencies->bytes.find(",49892,"), 7, ",[x],");
  const auto r = import(in, {"t", "", "2017", {}});
  REQUIRE_MESSAGE(r.ok(), r.error());
  REQUIRE(onAir(*r).ok());
  CHECK_FALSE(contest(r->election, "W07000058").previous); // Aberconwy: LD's 2017 votes [x]
  REQUIRE(warning(*r, "unknown-value", "column \"Votes\""));
  REQUIRE(warning(*r, "previous"));
  const Contest& aberavon = contest(r->election, "W07000049");
  REQUIRE(aberavon.previous);
  CHECK_FALSE(aberavon.previous->electorate); // 2017 electorate [x]
  CHECK(aberavon.previous->validVotes == 33268);
  REQUIRE(contest(r->election, "S14000001").previous);
}

TEST_CASE("real data: counts with digits grouped by commas are read, with a warning") {
  CommonsLibraryInput in;
  in.constituencies = {"k.csv", "ONS ID,Constituency name,Electorate,Valid votes,Invalid votes\n"
                                "E1,One,\"92,578\",\"40,720\",102\n"};
  in.candidacies = {"c.csv", "ONS ID,Party abbreviation,Party name,Candidate first name,Candidate surname,Votes\n"
                             "E1,Lab,Labour,A,B,\"40,000\"\nE1,Con,Conservative,C,D,720\n"};
  const auto r = import(in);
  REQUIRE_MESSAGE(r.ok(), r.error());
  CHECK(r->election.contests[0].electorate == 92578);
  CHECK(r->election.contests[0].validVotes == 40720);
  CHECK(r->election.contests[0].candidates[0].votes == 40000);
  CHECK(r->warnings.size() == 3);
  REQUIRE(warning(*r, "grouped-digits", "row 2, column \"Electorate\""));
  in.candidacies.bytes = "ONS ID,Party abbreviation,Party name,Candidate first name,Candidate surname,Votes\n"
                         "E1,Lab,Labour,A,B,\"4,00\"\n";
  const auto bad = import(in);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.problem().toString() == "c.csv: row 2, column \"Votes\": \"4,00\" is not a count");
}
