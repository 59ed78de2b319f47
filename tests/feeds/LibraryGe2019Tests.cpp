// Every one of the 650 seats of the 2019 general election, against 2017, checked
// against the Library's own Result, Majority and Change columns.

#include "LibraryOracle.h"

#include <doctest/doctest.h>

using namespace landslide;
using namespace landslide::test;

TEST_CASE("GE2019: every seat agrees with the Library (vs 2017)") {
  const auto e = importGe2019();
  checkReport(compareWithLibrary(e, "ge2019"), "ge2019", 650);
  const auto& t = e.parsed.snapshot->totals();
  CHECK(t.party("CON")->seats == 365);
  CHECK(t.party("LAB")->seats == 202);
  CHECK(t.party("SNP")->seats == 48);
  CHECK(t.party("LD")->seats == 11);
  CHECK(t.party("SPK")->seats == 1);
}

TEST_CASE("By-elections 2019-2024: every contest agrees with the Library (vs GE2019)") {
  const auto e = importByElections2019();
  checkReport(compareWithLibrary(e, "by2019"), "by2019", 23);
}
