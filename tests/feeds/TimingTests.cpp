// How long the 650-seat feed takes to parse, validate and derive (what a source's
// worker thread spends per new document). Reported, with a loose bound: the figure
// that matters is in the test log and feeds/SCHEMA.md, not the bound.

#include "TestSupport.h"

#include "feeds/DeriveJson.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>

using namespace landslide;
using namespace landslide::test;

TEST_CASE("timing: parse + validate + derive of the 650-seat GE2024 feed") {
  const std::string bytes = readFile(sourceDir() / "feeds" / "samples" / "ge2024.json");
  std::vector<double> parseMs, jsonMs;
  for (int i = 0; i < 11; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    const auto r = parseFeed(bytes, "ge2024.json");
    const auto t1 = std::chrono::steady_clock::now();
    REQUIRE(r.ok());
    const std::string out = deriveJson(*r.snapshot);
    const auto t2 = std::chrono::steady_clock::now();
    CHECK(out.size() > 100000);
    parseMs.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    jsonMs.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
  }
  std::sort(parseMs.begin(), parseMs.end());
  std::sort(jsonMs.begin(), jsonMs.end());
  MESSAGE("ge2024.json (" << bytes.size() / 1024 << " KiB, 650 seats, 4,515 candidates): parse + validate + derive "
                          << "median " << parseMs[parseMs.size() / 2] << " ms (min " << parseMs.front() << ", max "
                          << parseMs.back() << "); deriveJson median " << jsonMs[jsonMs.size() / 2] << " ms");
  CHECK(parseMs[parseMs.size() / 2] < 5000.0);
}
