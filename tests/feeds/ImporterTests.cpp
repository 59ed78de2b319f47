// The Commons Library importer: counts only (blanking the Library's own figures changes
// nothing), code mapping through the continuity table, the notional file's old Scottish
// codes, and errors for bad input.

#include "TestSupport.h"

#include "feeds/Continuity.h"
#include "feeds/FeedWriter.h"

#include <doctest/doctest.h>

#include <set>
#include <sstream>

using namespace landslide;
using namespace landslide::test;

namespace {

// The CSV with the named columns emptied, every field quoted, BOM dropped.
std::string blanked(const CsvInput& in, std::set<std::string> columns) {
  const auto t = readCsv(in.bytes, in.name);
  REQUIRE(t.ok());
  const CsvTable& table = *t;
  auto quote = [](const std::string& s) {
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
  };
  std::ostringstream out;
  auto row = [&](const std::vector<std::string>& r, bool header) {
    for (std::size_t i = 0; i < r.size(); ++i)
      out << (i ? "," : "") << quote(!header && columns.count(table.header[i]) ? std::string() : r[i]);
    out << "\r\n";
  };
  row(table.header, true);
  for (const auto& r : table.rows) row(r, false);
  return out.str();
}

std::string importText(const CommonsLibraryInput& in) {
  const auto r = importCommonsLibrary(in, {"GE2024", "2024-07-04", "2019 notional", {}}, builtinContinuity());
  REQUIRE_MESSAGE(r.ok(), r.error());
  return writeFeed(r->election);
}

CommonsLibraryInput ge2024() {
  CommonsLibraryInput in;
  in.candidacies = csvFile("ge2024/candidacies.csv");
  in.constituencies = csvFile("ge2024/constituencies.csv");
  in.notional = csvFile("ge2024/notional-2019-on-2024-boundaries.csv");
  return in;
}

} // namespace

TEST_CASE("importer reads counts only: blanking Result, parties, Majority, Share, Change changes nothing") {
  const std::set<std::string> libraryFigures{"Result", "First party", "Second party", "Majority", "Share", "Change"};
  auto in = ge2024();
  const std::string original = importText(in);
  in.candidacies.bytes = blanked(in.candidacies, libraryFigures);
  in.constituencies.bytes = blanked(in.constituencies, libraryFigures);
  CHECK(importText(in) == original);
}

TEST_CASE("importer: the GE2024 feed is the committed sample") {
  const auto r = importCommonsLibrary(ge2024(), {"UK general election 2024", "2024-07-04", "2019 notional", {}},
                                      builtinContinuity());
  REQUIRE(r.ok());
  CHECK(writeFeed(r->election) == readFile(sourceDir() / "feeds" / "samples" / "ge2024.json"));
}

TEST_CASE("importer: the GE2019 feed (vs 2017, with declaration times) is the committed sample") {
  CommonsLibraryInput in;
  in.candidacies = csvFile("ge2019/candidacies.csv");
  in.constituencies = csvFile("ge2019/constituencies.csv");
  in.previousCandidacies = csvFile("ge2017/candidacies.csv");
  in.previousConstituencies = csvFile("ge2017/constituencies.csv");
  const auto r = importCommonsLibrary(in, {"UK general election 2019", "2019-12-12", "2017", {}}, builtinContinuity());
  REQUIRE(r.ok());
  CHECK(r->warnings.empty());
  CHECK(writeFeed(r->election) == readFile(sourceDir() / "feeds" / "samples" / "ge2019.json"));
}

TEST_CASE("importer: party codes, Labour Co-operative, Speaker, notional codes") {
  const auto& t = builtinContinuity();
  CHECK(partyCodeForLibrary(t, "Lab", "Labour and Co-operative") == "LABCOOP");
  CHECK(partyCodeForLibrary(t, "Lab", "Labour") == "LAB");
  CHECK(partyCodeForLibrary(t, "RUK", "Reform UK") == "REF");
  CHECK(partyCodeForLibrary(t, "Green", "Scottish Green Party") == "GRN");
  CHECK(partyCodeForLibrary(t, "Comm L", "Communist League") == "COMML");
  CHECK(partyCodeForLibrary(t, "Spk", "Speaker") == "SPK");
  CHECK(partyCodeForNotional(t, "CONV") == "CON");
  CHECK(partyCodeForNotional(t, "BRXV") == "BRX");
  CHECK(partyCodeForNotional(t, "GRNV") == "GRN");
  CHECK(partyCodeForNotional(t, "IND1V") == "IND");
  CHECK(partyCodeForNotional(t, "IND12V") == "IND");
  CHECK(partyCodeForNotional(t, "Commons Speaker") == "SPK");
  CHECK(partyCodeForNotional(t, "TOTOTHV").empty());
  CHECK(partyCodeForNotional(t, "MAXOTHV").empty());
  CHECK(partyCodeForNotional(t, "YRKSV") == "YRKS");
  CHECK(partyCodeForNotional(t, "PBPV") == "PBPA");
  const Party* labCoop = t.find("LABCOOP");
  REQUIRE(labCoop);
  CHECK(labCoop->countsAs == "LAB");
  CHECK(t.find("BRX")->countsAs == "REF");
}

TEST_CASE("importer: five Scottish seats matched to the notional file by name") {
  const auto r = importCommonsLibrary(ge2024(), {"x", "", "2019 notional", {}}, builtinContinuity());
  REQUIRE(r.ok());
  for (const char* id : {"S14000107", "S14000108", "S14000109", "S14000110", "S14000111"}) {
    const Contest* c = nullptr;
    for (const auto& k : r->election.contests)
      if (k.id == id) c = &k;
    REQUIRE(c);
    CHECK_MESSAGE(c->previous.has_value(), id);
  }
  for (const auto& w : r->warnings) CHECK_MESSAGE(w.rule == "double-encoded", w.toString()); // one repaired name
}

TEST_CASE("importer: --only, a tie, missing columns and bad counts are explained") {
  CommonsLibraryInput in;
  in.constituencies = {"k.csv", "ONS ID,Constituency name,Electorate,Valid votes,Invalid votes\n"
                                "E1,One,100,50,1\nE2,Two,100,40,x\n"};
  in.candidacies = {"c.csv", "ONS ID,Party abbreviation,Party name,Candidate first name,Candidate surname,Votes\n"
                             "E1,Lab,Labour,A,B,25\nE1,Con,Conservative,C,D,25\nE2,Lab,Labour,E,F,40\n"};
  auto r = importCommonsLibrary(in, {"t", "", "", {"E1"}}, builtinContinuity());
  REQUIRE(r.ok());
  REQUIRE(r->election.contests.size() == 1);
  CHECK_FALSE(r->election.contests[0].candidates[0].elected); // a tie: no one marked
  REQUIRE(r->warnings.size() == 1);
  CHECK(r->warnings[0].reason.find("tie") != std::string::npos);

  r = importCommonsLibrary(in, {"t", "", "", {}}, builtinContinuity());
  REQUIRE_FALSE(r.ok());
  CHECK(r.problem().toString() == "k.csv: row 3, column \"Invalid votes\": \"x\" is not a count");

  r = importCommonsLibrary(in, {"t", "", "", {"E9"}}, builtinContinuity());
  REQUIRE_FALSE(r.ok());
  CHECK(r.problem().reason == "no seat with ONS id E9");

  in.candidacies.bytes = "ONS ID,Party,Votes\nE1,Lab,3\n";
  r = importCommonsLibrary(in, {"t", "", "", {}}, builtinContinuity());
  REQUIRE_FALSE(r.ok());
  CHECK(r.problem().reason == "no \"Party abbreviation\" column");

  // Several errors: the first, saying how many more there were.
  in.candidacies.bytes = "ONS ID,Party abbreviation,Party name,Candidate first name,Candidate surname,Votes\n"
                         "E1,Lab,Labour,A,B,1O\nE2,Lab,Labour,E,F,4O\n";
  r = importCommonsLibrary(in, {"t", "", "", {}}, builtinContinuity());
  REQUIRE_FALSE(r.ok());
  CHECK(r.problem().toString() == "k.csv: row 3, column \"Invalid votes\": \"x\" is not a count (and 2 more error(s))");
}

TEST_CASE("importer: the Library's double-encoded name is repaired, with a warning naming its row") {
  const auto r = importCommonsLibrary(ge2024(), {"GE2024", "2024-07-04", "2019 notional", {}}, builtinContinuity());
  REQUIRE(r.ok());
  bool warned = false;
  for (const auto& w : r->warnings)
    warned = warned || (w.rule == "double-encoded" && w.file.find("candidacies.csv") != std::string::npos &&
                        w.path.rfind("row ", 0) == 0 && w.reason.find("\"Áine Groogan\"") != std::string::npos);
  CHECK(warned);
  const std::string feed = writeFeed(r->election);
  CHECK(feed.find("Áine Groogan") != std::string::npos);
  CHECK(feed.find("\xC3\x83") == std::string::npos); // no "Ã" left from a second encoding
}
