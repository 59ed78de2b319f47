// Golden moments of the hex-map scene: the end of the 2024 night and the mid-night
// fixture (every standard moment and page two), 2160p, a batch of seats landing, and the
// 2010-2023 boundaries (2019).
#include "Scenarios.h"

namespace landslide::test {

namespace {
constexpr double kMidEntrance = 0.6; // the ripple is half way across the map
}

std::vector<Scenario> hexMapScenarios() {
  std::vector<Scenario> out = standardMoments("ge2024", "hex-map", kGe2024Feed, kMidEntrance, 2);
  for (Scenario& s : standardMoments("midnight", "hex-map", kMidnightFeed, kMidEntrance, 2)) out.push_back(s);

  Scenario uhd;
  uhd.name = "ge2024-hex-map-2160p";
  uhd.scene = "hex-map";
  uhd.feed = kGe2024Feed;
  uhd.width = 3840, uhd.height = 2160;
  out.push_back(uhd);

  // The rest of the night lands at once: every newly declared seat mid-pulse.
  Scenario landing;
  landing.name = "midnight-hex-map-landing";
  landing.scene = "hex-map";
  landing.feed = kMidnightFeed;
  landing.update = kGe2024Feed;
  landing.updateAt = 2;
  landing.at = 2.3;
  out.push_back(landing);

  Scenario ge2019;
  ge2019.name = "ge2019-hex-map-settled";
  ge2019.scene = "hex-map";
  ge2019.feed = kGe2019Feed;
  out.push_back(ge2019);
  // 9:16 (the map under the count, the legend in three columns below) and 1:1 (the legend
  // beside the map), settled and with the ripple half way across.
  for (Scenario& s : shapeMoments("midnight", "hex-map", kMidnightFeed, "settled", 3)) out.push_back(std::move(s));
  for (Scenario& s : shapeMoments("midnight", "hex-map", kMidnightFeed, "mid-entrance", kMidEntrance))
    out.push_back(std::move(s));
  return out;
}

} // namespace landslide::test
