// Hostile sizes inside the limits: nothing may go quadratic, and error lists are capped.

#include "feeds/DeriveJson.h"
#include "feeds/ParseFeed.h"

#include <doctest/doctest.h>

#include <chrono>

using namespace landslide;

namespace {

double secondsSince(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// One contest with n candidates of n different parties and n previous entries.
std::string wideContest(int n, bool badVotes) {
  std::string cands, prev;
  for (int i = 0; i < n; ++i) {
    const std::string code = "P" + std::to_string(i);
    cands += (i ? "," : "") + std::string(R"({"name":"c","party":")") + code + R"(","votes":)" +
             (badVotes ? std::string("-1") : std::string("1")) + "}";
    prev += (i ? "," : "") + std::string(R"({"party":"Q)") + std::to_string(i) + R"(","votes":1})";
  }
  return R"({"format":"landslide-results","formatVersion":1,"name":"wide","parties":[],"contests":[{"id":"E","name":"E","status":"declared","revision":1,"electorate":)" +
         std::to_string(10 * n) + R"(,"validVotes":)" + std::to_string(n) + R"(,"candidates":[)" + cands +
         R"(],"previous":{"votes":[)" + prev + "]}}]}";
}

} // namespace

TEST_CASE("scale: a contest with 20,000 parties derives in linear time") {
  const std::string doc = wideContest(20000, false);
  const auto start = std::chrono::steady_clock::now();
  const auto r = parseFeed(doc, "wide.json");
  REQUIRE(r.ok());
  const double parsed = secondsSince(start);
  const std::string out = deriveJson(*r.snapshot);
  MESSAGE("20,000-party contest: parse + validate + derive " << parsed << " s, then deriveJson "
                                                             << secondsSince(start) - parsed << " s");
  // A smoke bound against gross regressions (doubling the size was measured to double
  // the time); sanitizer builds run about ten times slower.
#if defined(__SANITIZE_ADDRESS__)
  CHECK(secondsSince(start) < 150.0);
#else
  CHECK(secondsSince(start) < 20.0);
#endif
  // Unknown-party warnings (20,000 candidates, 20,000 previous) are capped, with a count
  // of the rest; the last listed problem is the missing elected flag.
  CHECK(r.warnings.size() == 1001);
  CHECK(r.warnings.back().reason == "... and 39001 more warnings not listed");
}

TEST_CASE("scale: 50,000 errors are listed as 1,000 and a count") {
  const auto r = parseFeed(wideContest(50000, true), "bad.json");
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors.size() == 1001);
  CHECK(r.errors.back().reason == "... and 49000 more errors not listed");
  std::string dups = R"({"format":"landslide-results","formatVersion":1,"name":"d","parties":[],"contests":[],"x":{)";
  for (int i = 0; i < 5000; ++i) dups += (i ? "," : "") + std::string(R"("k":1)");
  dups += "}}";
  const auto d = parseFeed(dups, "dups.json");
  REQUIRE_FALSE(d.ok());
  CHECK(d.errors.size() == 1001);
  CHECK(d.errors.back().reason == "... and 3999 more duplicate keys not listed");
}

TEST_CASE("scale: a projection naming 100,000 parties derives in linear time") {
  std::string seats;
  for (int i = 0; i < 100000; ++i)
    seats += (i ? "," : "") + std::string(R"({"party":"P)") + std::to_string(i) + R"(","seats":0})";
  const std::string doc =
      R"({"format":"landslide-results","formatVersion":1,"name":"wide","parties":[],"contests":[],"projection":{"label":"X","seats":[)" +
      seats + "]}}";
  const auto start = std::chrono::steady_clock::now();
  const auto r = parseFeed(doc, "projection.json");
  REQUIRE(r.ok());
  REQUIRE(r.snapshot->election().projection->seats.size() == 100000);
  const std::string out = deriveJson(*r.snapshot);
  CHECK(out.find("\"P99999\"") != std::string::npos);
  MESSAGE("100,000-party projection: parse, derive and deriveJson " << secondsSince(start) << " s");
#if defined(__SANITIZE_ADDRESS__)
  CHECK(secondsSince(start) < 150.0);
#else
  CHECK(secondsSince(start) < 20.0);
#endif
}
