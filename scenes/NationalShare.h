#pragma once
// national-share: vote share per party over the seats counted so far, with the change
// since the previous election, and how many seats it is based on while the count runs.
#include "Scene.h"

namespace landslide {

struct NationalShareOptions : SceneOptions { // title replaces "SHARE OF THE VOTE"
  int topN = 0;                              // named parties before Others, 1..12 (0: the theme's layout.topN)
  bool allSeats = false;                     // once every seat is counted, say so ("ALL 650 SEATS") instead of nothing
};
Expected<NationalShareOptions> parseNationalShareOptions(const nlohmann::json& options);

class NationalShare final : public Scene {
public:
  std::string_view name() const override { return "national-share"; }
  std::string_view description() const override { return "National vote share per party with change"; }
  Expected<SceneOptionsPtr> parseOptions(const nlohmann::json& options) const override {
    return shared(parseNationalShareOptions(options));
  }
  void draw(const SceneInput& input, Canvas& canvas) const override;
  bool animating(const SceneInput& input) const override;
};

} // namespace landslide
