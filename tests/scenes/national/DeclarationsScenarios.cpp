// Golden moments of the declarations strip: the standard moments on the 2024 sample at the
// end of the night and on the mid-night fixture, a frame mid-way between two declarations
// (the cycle turns at 4 s), and a new declaration landing (the later fixture at 5 s).
#include "Scenarios.h"

namespace landslide::test {

namespace {
constexpr const char* kLaterFeed = "tests/scenes/fixtures/ge2024-midnight-later.json"; // 04:43, South Ribble in
}

std::vector<Scenario> declarationsScenarios() {
  std::vector<Scenario> out;
  for (const auto& [tag, feed] : {std::pair{"ge2024", kGe2024Feed}, std::pair{"midnight", kMidnightFeed}}) {
    for (Scenario& s : standardMoments(tag, "declarations", feed, 0.35)) out.push_back(std::move(s));
    Scenario turn = out.back(); // a plain timeline: no OUT, no page
    turn.outAt.reset();
    turn.nextAt.reset();
    turn.name = std::string(tag) + "-declarations-mid-transition";
    turn.at = 4.4;
    out.push_back(turn);
  }
  Scenario lands;
  lands.scene = "declarations";
  lands.feed = kMidnightFeed;
  lands.update = kLaterFeed;
  lands.updateAt = 5;
  lands.name = "midnight-declarations-new-declaration";
  lands.at = 5.6;
  out.push_back(lands);
  Scenario landed = lands;
  landed.name = "midnight-declarations-new-declaration-settled";
  landed.at = 7;
  out.push_back(landed);
  // 9:16 and 1:1: the card (count band over a two-line declaration).
  for (Scenario& s : shapeMoments("midnight", "declarations", kMidnightFeed, "settled", 3)) out.push_back(std::move(s));
  return out;
}

} // namespace landslide::test
