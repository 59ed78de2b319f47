// Golden moments of seat-tally: the end of the 2024 night (no projection: one page), the
// mid-night fixture (412 of 650, the exit poll on page two), and seats landing mid-air.
#include "Scenarios.h"

namespace landslide::test {

std::vector<Scenario> seatTallyScenarios() {
  std::vector<Scenario> out = standardMoments("ge2024", "seat-tally", kGe2024Feed, 0.5);
  for (Scenario& s : standardMoments("midnight", "seat-tally", kMidnightFeed, 0.5, 2)) out.push_back(std::move(s));
  // 68 more seats arrive at 2 s (412 -> 480 declared); drawn halfway through the update.
  Scenario update;
  update.name = "midnight-seat-tally-update";
  update.scene = "seat-tally";
  update.feed = kMidnightFeed;
  update.update = "tests/scenes/fixtures/ge2024-480-declared.json";
  update.updateAt = 2;
  update.at = 2.46;
  out.push_back(update);
  // 9:16 and 1:1: stacked rows, the majority line through every bar; page two's chips.
  for (Scenario& s : shapeMoments("midnight", "seat-tally", kMidnightFeed, "settled", 3)) out.push_back(std::move(s));
  for (Scenario& s : shapeMoments("midnight", "seat-tally", kMidnightFeed, "page2", 4.5)) {
    s.nextAt = 2;
    out.push_back(std::move(s));
  }
  return out;
}

} // namespace landslide::test
