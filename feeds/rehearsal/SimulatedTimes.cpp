#include "feeds/rehearsal/SimulatedTimes.h"

#include "feeds/rehearsal/Random.h"

namespace landslide::rehearsal {

std::vector<int64_t> simulateDeclarationTimes(std::size_t contests, const NightClock& clock, uint64_t seed) {
  Random random(seed ^ 0x5157'0A7E'0000'0001ull);
  std::vector<int64_t> out;
  out.reserve(contests);
  const int64_t midnight = clock.timeOfNight(0, 0);
  for (std::size_t i = 0; i < contests; ++i) {
    const double band = random.unit();
    double minutes;  // after midnight
    if (band < 0.02) // the race to be first: 23:00 to midnight
      minutes = -60.0 + 60.0 * random.unit();
    else if (band < 0.06) // the early trickle
      minutes = 60.0 * random.unit();
    else if (band < 0.92) // the bulk, 01:00-05:00, a triangle peaking at 03:00
      minutes = 60.0 + 120.0 * (random.unit() + random.unit());
    else { // recounts, rural counts and Sunday-style late counts: 05:00 into the afternoon
      const double u = random.unit();
      minutes = 300.0 + 600.0 * u * u;
    }
    out.push_back(midnight + int64_t(minutes) * 60);
  }
  return out;
}

} // namespace landslide::rehearsal
