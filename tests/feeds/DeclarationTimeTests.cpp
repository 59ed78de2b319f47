// The importer's declaration times: the Library's UK local "Declaration time" becomes
// ISO 8601 with the UK offset of that moment (GMT or BST), absent where the file has
// none, and a warning naming file, row and column where it cannot be read.

#include "TestSupport.h"

#include "feeds/Continuity.h"
#include "feeds/Instant.h"

#include <doctest/doctest.h>

using namespace landslide;
using namespace landslide::test;

TEST_CASE("ukLocalTimeToInstant: GMT in December, BST in June") {
  CHECK(ukLocalTimeToInstant("13/12/2019 03:04") == "2019-12-13T03:04:00+00:00");
  CHECK(ukLocalTimeToInstant("09/06/2017 02:41") == "2017-06-09T02:41:00+01:00");
  CHECK(ukLocalTimeToInstant("05/07/2024 00:00") == "2024-07-05T00:00:00+01:00");
  CHECK(ukLocalTimeToInstant("29/02/2020 23:59") == "2020-02-29T23:59:00+00:00"); // leap day
  CHECK(ukLocalTimeToInstant("31/12/2019 23:59") == "2019-12-31T23:59:00+00:00");
}

TEST_CASE("ukLocalTimeToInstant: the clock changes (last Sundays, 01:00 UTC)") {
  // 2019: 31 March and 27 October were the last Sundays.
  CHECK(ukLocalTimeToInstant("31/03/2019 00:59") == "2019-03-31T00:59:00+00:00");
  CHECK_FALSE(ukLocalTimeToInstant("31/03/2019 01:00")); // the clocks skip 01:00-01:59
  CHECK_FALSE(ukLocalTimeToInstant("31/03/2019 01:59"));
  CHECK(ukLocalTimeToInstant("31/03/2019 02:00") == "2019-03-31T02:00:00+01:00");
  CHECK(ukLocalTimeToInstant("30/03/2019 12:00") == "2019-03-30T12:00:00+00:00"); // Saturday before
  CHECK(ukLocalTimeToInstant("27/10/2019 00:59") == "2019-10-27T00:59:00+01:00");
  CHECK(ukLocalTimeToInstant("27/10/2019 01:30") == "2019-10-27T01:30:00+01:00"); // twice: the first
  CHECK(ukLocalTimeToInstant("27/10/2019 02:00") == "2019-10-27T02:00:00+00:00");
  CHECK(ukLocalTimeToInstant("20/10/2019 12:00") == "2019-10-20T12:00:00+01:00"); // Sunday before
  // 2024: 31 March and 27 October; 2017: 26 March and 29 October.
  CHECK(ukLocalTimeToInstant("26/03/2017 00:30") == "2017-03-26T00:30:00+00:00");
  CHECK(ukLocalTimeToInstant("26/03/2017 02:30") == "2017-03-26T02:30:00+01:00");
  CHECK(ukLocalTimeToInstant("29/10/2017 02:30") == "2017-10-29T02:30:00+00:00");
  CHECK(ukLocalTimeToInstant("28/10/2017 23:00") == "2017-10-28T23:00:00+01:00");
}

TEST_CASE("ukLocalTimeToInstant: anything but DD/MM/YYYY HH:MM in range is refused") {
  for (const char* bad : {"", "13/12/2019", "13/12/2019 3:04", "13/12/2019 03:04:00", "2019-12-13T03:04",
                          "13-12-2019 03:04", "32/12/2019 03:04", "13/13/2019 03:04", "29/02/2019 03:04",
                          "13/12/2019 24:00", "13/12/2019 03:60", "1x/12/2019 03:04", " 13/12/2019 03:04"})
    CHECK_MESSAGE(!ukLocalTimeToInstant(bad), bad);
}

namespace {

const Contest* find(const Election& e, const std::string& id) {
  for (const auto& c : e.contests)
    if (c.id == id) return &c;
  return nullptr;
}

} // namespace

TEST_CASE("importer: every 2019 and 2017 seat has a declaration time; 2024's column is empty") {
  const auto ge2019 = importGe2019();
  REQUIRE(ge2019.parsed.snapshot);
  for (const auto& c : ge2019.parsed.snapshot->election().contests) {
    REQUIRE_MESSAGE(c.declaredAt, c.id);
    CHECK_MESSAGE(parseInstant(*c.declaredAt), *c.declaredAt);
    CHECK(c.declaredAt->substr(19) == "+00:00"); // December: GMT
  }
  const Contest* aberavon = find(ge2019.parsed.snapshot->election(), "W07000049");
  REQUIRE(aberavon);
  CHECK(aberavon->declaredAt == "2019-12-13T02:30:00+00:00");

  CommonsLibraryInput in;
  in.candidacies = csvFile("ge2017/candidacies.csv");
  in.constituencies = csvFile("ge2017/constituencies.csv");
  const auto ge2017 = importCommonsLibrary(in, {"GE2017", "2017-06-08", "", {}}, builtinContinuity());
  REQUIRE(ge2017.ok());
  const Contest* aberavon2017 = find(ge2017->election, "W07000049");
  REQUIRE(aberavon2017);
  CHECK(aberavon2017->declaredAt == "2017-06-09T02:41:00+01:00"); // June: BST

  const auto ge2024 = importGe2024();
  REQUIRE(ge2024.parsed.snapshot);
  for (const auto& c : ge2024.parsed.snapshot->election().contests) CHECK_FALSE(c.declaredAt);
}

TEST_CASE("importer: a malformed declaration time is a warning naming file, row and column") {
  CommonsLibraryInput in;
  in.constituencies = {"k.csv", "ONS ID,Constituency name,Declaration time,Electorate,Valid votes,Invalid votes\n"
                                "E1,One,13/12/2019 03:04,100,25,1\nE2,Two,13/12/2019 3am,100,25,0\n"
                                "E3,Three,,100,40,0\n"};
  in.candidacies = {"c.csv", "ONS ID,Party abbreviation,Party name,Candidate first name,Candidate surname,Votes\n"
                             "E1,Lab,Labour,A,B,25\nE2,Con,Conservative,C,D,25\nE3,Lab,Labour,E,F,40\n"};
  const auto r = importCommonsLibrary(in, {"t", "", "", {}}, builtinContinuity());
  REQUIRE(r.ok());
  REQUIRE(r->election.contests.size() == 3);
  CHECK(r->election.contests[0].declaredAt == "2019-12-13T03:04:00+00:00");
  CHECK_FALSE(r->election.contests[1].declaredAt);
  CHECK_FALSE(r->election.contests[2].declaredAt); // empty: absent, no warning
  REQUIRE(r->warnings.size() == 1);
  CHECK(r->warnings[0].toString() == "k.csv: row 3, column \"Declaration time\": warning: \"13/12/2019 3am\" is not a "
                                     "UK local time (DD/MM/YYYY HH:MM)");
  CHECK(r->warnings[0].rule == "declaration-time");
}
