#include "feeds/Csv.h"

#include <doctest/doctest.h>

using namespace landslide;

TEST_CASE("CSV: quoted fields, embedded commas, quotes and newlines, BOM, CRLF") {
  const auto r = readCsv("\xEF\xBB\xBFONS ID,Constituency name,Votes\r\n"
                         "E1,\"Birmingham, Erdington\",10\r\n"
                         "E2,\"The \"\"Quoted\"\" Seat\",20\r\n"
                         "E3,\"Two\nLines\",30\r\n",
                         "t.csv");
  REQUIRE(r.ok());
  REQUIRE(r->header.size() == 3);
  CHECK(r->header[0] == "ONS ID"); // BOM stripped
  REQUIRE(r->rows.size() == 3);
  CHECK(r->rows[0][1] == "Birmingham, Erdington");
  CHECK(r->rows[1][1] == "The \"Quoted\" Seat");
  CHECK(r->rows[2][1] == "Two\nLines");
  CHECK(r->column({"Votes"}) == 2u);
  CHECK(r->column({"ONS ID2", "ONS ID"}) == 0u);
  CHECK_FALSE(r->column({"Nope"}));
  CHECK(r->rowName(0) == "row 2");
}

TEST_CASE("CSV: errors name the file and the place") {
  const auto ragged = readCsv("a,b\n1,2\n3\n", "r.csv");
  REQUIRE_FALSE(ragged.ok());
  CHECK(ragged.problem().toString() == "r.csv: row 3: has 1 fields; the header has 2");
  const auto unterminated = readCsv("a,b\n1,\"open\n", "u.csv");
  CHECK_FALSE(unterminated.ok());
  const auto badUtf8 = readCsv("a,b\n1,\xff\n", "x.csv");
  REQUIRE_FALSE(badUtf8.ok());
  CHECK(badUtf8.problem().toString() == "x.csv: line 2: invalid UTF-8");
  const auto badLater = readCsv("a,b\n1,2\n3,4\xc3\n", "y.csv");
  REQUIRE_FALSE(badLater.ok());
  CHECK(badLater.problem().toString() == "y.csv: line 3: invalid UTF-8");
  CHECK_FALSE(readCsv("", "e.csv").ok());
}
