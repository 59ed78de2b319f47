// Golden moments of gains: the end of the 2024 night and the mid-night fixture.
#include "Scenarios.h"

namespace landslide::test {

std::vector<Scenario> gainsScenarios() {
  std::vector<Scenario> out = standardMoments("ge2024", "gains", kGe2024Feed, 0.5);
  for (Scenario& s : standardMoments("midnight", "gains", kMidnightFeed, 0.5)) out.push_back(std::move(s));
  for (Scenario& s : shapeMoments("ge2024", "gains", kGe2024Feed, "settled", 3)) out.push_back(std::move(s));
  return out;
}

} // namespace landslide::test
