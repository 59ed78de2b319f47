// Every one of the 650 seats of the 2024 general election, against the notional 2019
// results, checked against the Library's own Result, Majority and Change columns.

#include "LibraryOracle.h"

#include <doctest/doctest.h>

using namespace landslide;
using namespace landslide::test;

TEST_CASE("GE2024: every seat agrees with the Library (vs notional 2019)") {
  const auto e = importGe2024();
  checkReport(compareWithLibrary(e, "ge2024"), "ge2024", 650);
  const auto& t = e.parsed.snapshot->totals();
  CHECK(t.declared == 650);
  // Seat totals as published: Lab 411, Con 121, LD 72, SNP 9, SF 7, Ind 6, DUP 5,
  // REF 5, GRN 4, PC 4, SDLP 2, APNI 1, UUP 1, TUV 1, Speaker 1.
  CHECK(t.party("LAB")->seats == 411);
  CHECK(t.party("CON")->seats == 121);
  CHECK(t.party("LD")->seats == 72);
  CHECK(t.party("SNP")->seats == 9);
  CHECK(t.party("REF")->seats == 5);
  CHECK(t.party("GRN")->seats == 4);
  CHECK(t.party("SPK")->seats == 1);
}

TEST_CASE("By-elections 2024-: every contest agrees with the Library (vs GE2024)") {
  const auto e = importByElections2024();
  checkReport(compareWithLibrary(e, "by2024"), "by2024", 6);
}
