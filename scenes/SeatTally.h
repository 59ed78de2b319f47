#pragma once
// seat-tally: the race to the majority — seats per party for the parties that matter
// against the majority line; page two, when the feed has one, the projection against the
// seats won so far.
#include "Scene.h"

namespace landslide {

struct SeatTallyOptions : SceneOptions { // title replaces "STATE OF THE PARTIES"
  int topN = 0;                          // named parties before Others, 1..12 (0: the theme's layout.topN)
};
Expected<SeatTallyOptions> parseSeatTallyOptions(const nlohmann::json& options);

// The seats a full-length bar stands for: room for half as much again as the majority
// line (so the line stays put all night), more once a party nears the end of that;
// rounded to half a power of ten of the line (500 for 650 seats, 100 for 129).
double seatScale(int majorityLine, double most);

class SeatTally final : public Scene {
public:
  std::string_view name() const override { return "seat-tally"; }
  std::string_view description() const override { return "Race to the majority: seats per party against the 326 line"; }
  int pageCount() const override { return 2; } // page two only when the feed has a projection
  Expected<SceneOptionsPtr> parseOptions(const nlohmann::json& options) const override {
    return shared(parseSeatTallyOptions(options));
  }
  void draw(const SceneInput& input, Canvas& canvas) const override;
  bool animating(const SceneInput& input) const override;
};

} // namespace landslide
