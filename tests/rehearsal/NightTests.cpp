// The night's clock, simulated times and the plan's choices, without any replay.

#include "feeds/Instant.h"
#include "feeds/rehearsal/NightClock.h"
#include "feeds/rehearsal/NightPlan.h"
#include "feeds/rehearsal/SimulatedTimes.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace landslide;
using namespace landslide::rehearsal;

TEST_CASE("night clock: polls close at 22:00 local; HH:MM is the first after it") {
  const auto winter = clockForPollingDay("2019-12-12");
  REQUIRE(winter);
  CHECK(winter->offsetMinutes == 0);
  CHECK(winter->pollsClose == *parseInstant("2019-12-12T22:00:00Z"));
  CHECK(winter->timeOfNight(3, 0) == *parseInstant("2019-12-13T03:00:00Z"));
  CHECK(winter->timeOfNight(23, 30) == *parseInstant("2019-12-12T23:30:00Z"));
  CHECK(winter->timeOfNight(22, 0) == winter->pollsClose);
  CHECK(winter->format(*parseInstant("2019-12-13T14:52:00Z")) == "14:52");
  CHECK(winter->format(*parseInstant("2019-12-14T09:05:00Z")) == "+1 09:05");

  const auto summer = clockForPollingDay("2024-07-04");
  REQUIRE(summer);
  CHECK(summer->offsetMinutes == 60);
  CHECK(summer->pollsClose == *parseInstant("2024-07-04T22:00:00+01:00"));
  CHECK(summer->timeOfNight(3, 0) == *parseInstant("2024-07-05T03:00:00+01:00"));
  CHECK(!clockForPollingDay("2024-13-04"));

  // A declaration before or after midnight belongs to the same polling day.
  CHECK(clockForDeclaration(*parseInstant("2019-12-12T23:01:00Z")).pollsClose == winter->pollsClose);
  CHECK(clockForDeclaration(*parseInstant("2019-12-13T14:52:00Z")).pollsClose == winter->pollsClose);
  CHECK(clockForDeclaration(*parseInstant("2024-07-05T01:10:00+01:00")).pollsClose == summer->pollsClose);
  CHECK(ukOffsetMinutes(*parseInstant("2024-03-31T00:59:00Z")) == 0);
  CHECK(ukOffsetMinutes(*parseInstant("2024-03-31T01:00:00Z")) == 60);
  CHECK(ukOffsetMinutes(*parseInstant("2024-10-27T00:59:00Z")) == 60);
  CHECK(ukOffsetMinutes(*parseInstant("2024-10-27T01:00:00Z")) == 0);
  CHECK(parseHourMinute("03:00") == std::pair{3, 0});
  CHECK(!parseHourMinute("3:00"));
  CHECK(!parseHourMinute("24:00"));
}

TEST_CASE("simulated times: a plausible night, the same for the same seed") {
  const NightClock clock = *clockForPollingDay("2024-07-04");
  const auto times = simulateDeclarationTimes(650, clock, 7);
  REQUIRE(times.size() == 650);
  CHECK(times == simulateDeclarationTimes(650, clock, 7));
  CHECK(times != simulateDeclarationTimes(650, clock, 8));
  const int64_t midnight = clock.timeOfNight(0, 0), one = clock.timeOfNight(1, 0), five = clock.timeOfNight(5, 0);
  const auto count = [&](auto pred) { return std::count_if(times.begin(), times.end(), pred); };
  const auto beforeMidnight = count([&](int64_t t) { return t < midnight; });
  const auto bulk = count([&](int64_t t) { return t >= one && t < five; });
  MESSAGE("before midnight " << beforeMidnight << ", 01:00-05:00 " << bulk << ", last "
                             << clock.format(*std::max_element(times.begin(), times.end())));
  CHECK(beforeMidnight >= 1);
  CHECK(beforeMidnight <= 30);
  CHECK(bulk >= 500);
  CHECK(*std::min_element(times.begin(), times.end()) > clock.pollsClose);
  CHECK(*std::max_element(times.begin(), times.end()) > clock.timeOfNight(9, 0)); // a tail into the day
  CHECK(*std::max_element(times.begin(), times.end()) < clock.timeOfNight(16, 0));
  for (int64_t t : times) CHECK(t % 60 == 0);
}

TEST_CASE("miscount: same winner, same total, a different count") {
  Contest c;
  c.candidates = {{"A", "LAB", 20000, true, true}, {"B", "CON", 15000, true, false}, {"C", "LD", 3000, true, false}};
  const auto v = miscount(c);
  REQUIRE(v);
  CHECK((*v)[0] + (*v)[1] + (*v)[2] == 38000);
  CHECK(*v != std::vector<int64_t>{20000, 15000, 3000});
  CHECK((*v)[0] > (*v)[1]);
  Contest tie;
  tie.candidates = {{"A", "LAB", 100, true, true}, {"B", "CON", 99, true, false}};
  CHECK(!miscount(tie)); // no room: any move would change or tie the winner
}

TEST_CASE("plan: bad options are one clear error") {
  Election e;
  NightOptions o;
  o.winnerFirst = 1.5;
  CHECK(planNight(e, o).error().find("--winner-first") != std::string::npos);
  o.winnerFirst = 0;
  CHECK(planNight(e, o).error().find("--date") != std::string::npos); // no times, no date
}
