// Golden moments of national-share: the end of the 2024 night (every seat counted: no
// basis chip) and the mid-night fixture ("BASED ON 411 OF 650 SEATS").
#include "Scenarios.h"

namespace landslide::test {

std::vector<Scenario> nationalShareScenarios() {
  std::vector<Scenario> out = standardMoments("ge2024", "national-share", kGe2024Feed, 0.5);
  for (Scenario& s : standardMoments("midnight", "national-share", kMidnightFeed, 0.5)) out.push_back(std::move(s));
  for (Scenario& s : shapeMoments("midnight", "national-share", kMidnightFeed, "settled", 3))
    out.push_back(std::move(s));
  return out;
}

} // namespace landslide::test
