#include "feeds/base/Expected.h"

#include <doctest/doctest.h>

#include <memory>

using landslide::Expected;
using landslide::Problem;

namespace {

Expected<int> half(int n) {
  if (n % 2) return Problem::error("input", "/n", "must be even", "even");
  return n / 2;
}

} // namespace

TEST_CASE("Expected carries a value or the problem that stopped it") {
  auto good = half(8);
  REQUIRE(good.ok());
  CHECK(*good == 4);
  CHECK(good.error().empty());

  auto bad = half(7);
  REQUIRE_FALSE(bad);
  CHECK(bad.problem().rule == "even");
  CHECK(bad.error() == "input: /n: must be even");
}

TEST_CASE("Expected holds move-only values") {
  Expected<std::unique_ptr<int>> e(std::make_unique<int>(3));
  REQUIRE(e.ok());
  std::unique_ptr<int> taken = std::move(e).value();
  CHECK(*taken == 3);
}

TEST_CASE("Expected<void> is success or a problem") {
  Expected<void> fine;
  CHECK(fine.ok());
  Expected<void> failed = Problem::error("", "", "disk full");
  CHECK_FALSE(failed.ok());
  CHECK(failed.error() == "disk full");
}

TEST_CASE("Problem text names file, place and severity") {
  CHECK(Problem::error("feed.json", "", "empty").toString() == "feed.json: (document): empty");
  CHECK(Problem::warning("feed.json", "/contests/0", "no time").toString() ==
        "feed.json: /contests/0: warning: no time");
  CHECK(Problem::error("", "row 4, column 2", "not a number").toString() == "row 4, column 2: not a number");
  CHECK(landslide::hasErrors({Problem::warning("a", "", "w"), Problem::error("a", "", "e")}));
  CHECK_FALSE(landslide::hasErrors({Problem::warning("a", "", "w")}));
  CHECK(landslide::jsonPointerToken("a/b~c") == "a~1b~0c");
}
