// Golden moments of the battleground: the standard moments on the 2024 sample at the end
// of the night and on the mid-night fixture; the swing the other way (Conservative targets
// held by Labour, so the national swing is towards the defender); and the needle moving
// as four more seats land.
#include "Scenarios.h"

namespace landslide::test {

std::vector<Scenario> battlegroundScenarios() {
  std::vector<Scenario> out;
  for (const auto& [tag, feed] : {std::pair{"ge2024", kGe2024Feed}, std::pair{"midnight", kMidnightFeed}})
    for (Scenario& s : standardMoments(tag, "battleground", feed, 1.0)) out.push_back(std::move(s));
  Scenario against;
  against.scene = "battleground";
  against.feed = kGe2024Feed;
  against.options = {{"from", "LAB"}, {"to", "CON"}};
  against.name = "ge2024-battleground-con-targets-settled";
  out.push_back(against);
  Scenario moving;
  moving.scene = "battleground";
  moving.feed = kMidnightFeed;
  moving.update = "tests/scenes/fixtures/ge2024-midnight-later.json";
  moving.updateAt = 3;
  moving.at = 3.4;
  moving.name = "midnight-battleground-update";
  out.push_back(moving);
  for (Scenario& s : shapeMoments("midnight", "battleground", kMidnightFeed, "settled", 3)) out.push_back(std::move(s));
  return out;
}

} // namespace landslide::test
