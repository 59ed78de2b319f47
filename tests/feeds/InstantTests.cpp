// parseInstant / formatInstant: ISO 8601 with an offset, to and from UTC seconds.

#include "feeds/Instant.h"

#include <doctest/doctest.h>

using namespace landslide;

TEST_CASE("parseInstant: known instants, offsets, seconds and fractions") {
  CHECK(parseInstant("1970-01-01T00:00:00Z") == 0);
  CHECK(parseInstant("2000-01-01T00:00:00Z") == 946684800);
  CHECK(parseInstant("2019-12-13T03:04:00+00:00") == 1576206240);
  CHECK(parseInstant("2019-12-13T03:04+00:00") == 1576206240);    // seconds optional
  CHECK(parseInstant("2019-12-13T03:04:00.750Z") == 1576206240);  // fraction dropped
  CHECK(parseInstant("2019-12-13t03:04:00z") == 1576206240);      // lower case
  CHECK(parseInstant("2019-12-13T04:04:00+01:00") == 1576206240); // one instant, three ways
  CHECK(parseInstant("2019-12-12T22:04:00-05:00") == 1576206240);
  CHECK(parseInstant("2019-12-13T08:34:00+05:30") == 1576206240);
  CHECK(parseInstant("1969-12-31T23:59:59Z") == -1);
}

TEST_CASE("parseInstant: leap days") {
  CHECK(parseInstant("2024-02-29T12:00:00Z"));
  CHECK(parseInstant("2000-02-29T12:00:00Z")); // divisible by 400
  CHECK_FALSE(parseInstant("2023-02-29T12:00:00Z"));
  CHECK_FALSE(parseInstant("1900-02-29T12:00:00Z")); // divisible by 100
  CHECK(*parseInstant("2024-03-01T00:00:00Z") - *parseInstant("2024-02-28T00:00:00Z") == 2 * 86400);
  CHECK(*parseInstant("2023-03-01T00:00:00Z") - *parseInstant("2023-02-28T00:00:00Z") == 86400);
}

TEST_CASE("parseInstant: refuses bad text") {
  for (const char* bad : {"",
                          "2019-12-13",
                          "2019-12-13T03:04:00",
                          "2019-12-13 03:04:00Z",
                          "2019-12-13T03:04:00+0000",
                          "2019-12-13T03:04:00+1:00",
                          "2019-12-13T03:04:00+01:00:00",
                          "2019-12-13T03:04:00Z ",
                          " 2019-12-13T03:04Z",
                          "2019-13-13T03:04:00Z",
                          "2019-00-13T03:04:00Z",
                          "2019-12-32T03:04:00Z",
                          "2019-04-31T03:04:00Z",
                          "2019-12-13T24:00:00Z",
                          "2019-12-13T03:60:00Z",
                          "2019-12-13T03:04:60Z",
                          "2019-12-13T03:04:00.Z",
                          "2019-12-13T03:04:00+24:00",
                          "2019-12-13T03:04:00+01:60",
                          "19-12-13T03:04:00Z",
                          "2019/12/13T03:04:00Z",
                          "2019-12-13T03:04:00ZZ",
                          "２019-12-13T03:04:00Z",
                          "2019-12-13T03:04:00UTC"})
    CHECK_MESSAGE(!parseInstant(bad), "\"" << bad << "\"");
}

TEST_CASE("formatInstant: an instant shown at an offset, and back") {
  const int64_t t = *parseInstant("2019-12-13T03:04:00Z");
  CHECK(formatInstant(t, 0) == "2019-12-13T03:04:00+00:00");
  CHECK(formatInstant(t, 60) == "2019-12-13T04:04:00+01:00");
  CHECK(formatInstant(t, -300) == "2019-12-12T22:04:00-05:00");
  CHECK(formatInstant(t, 330) == "2019-12-13T08:34:00+05:30");
  CHECK(formatInstant(t + 59, 0) == "2019-12-13T03:04:59+00:00");
  // Day, month, year and leap-day rollovers.
  CHECK(formatInstant(*parseInstant("2019-12-31T23:30:00Z"), 60) == "2020-01-01T00:30:00+01:00");
  CHECK(formatInstant(*parseInstant("2024-02-28T23:30:00Z"), 60) == "2024-02-29T00:30:00+01:00");
  CHECK(formatInstant(*parseInstant("2024-03-01T00:30:00+01:00"), 0) == "2024-02-29T23:30:00+00:00");
  CHECK(formatInstant(-1, 0) == "1969-12-31T23:59:59+00:00");
  for (const char* text : {"2017-06-09T02:41:00+01:00", "2024-07-05T04:12:00+01:00", "1999-12-31T23:59:59-08:00"}) {
    const int offset = (text[20] - '0') * 600 + (text[21] - '0') * 60;
    CHECK(formatInstant(*parseInstant(text), text[19] == '-' ? -offset : offset) == text);
  }
}

TEST_CASE("daysFromCivil") {
  CHECK(daysFromCivil(1970, 1, 1) == 0);
  CHECK(daysFromCivil(1969, 12, 31) == -1);
  CHECK(daysFromCivil(2000, 3, 1) - daysFromCivil(2000, 2, 28) == 2);
  CHECK(daysFromCivil(2019, 12, 13) == 18243);
}
