#pragma once
// gains: net gains and losses per party as bars diverging from a zero axis, biggest gain
// at the top, biggest loss at the bottom ("LAB +211", "CON −251").
#include "Scene.h"

namespace landslide {

struct GainsOptions : SceneOptions { // title replaces "GAINS AND LOSSES"
  int topN = 0;                      // named parties before Others, 1..12 (0: the theme's layout.topN)
  bool unchanged = false;            // also list parties with seats (now or before) and no net change, at zero
};
Expected<GainsOptions> parseGainsOptions(const nlohmann::json& options);

class Gains final : public Scene {
public:
  std::string_view name() const override { return "gains"; }
  std::string_view description() const override { return "Net gains and losses per party, diverging from zero"; }
  Expected<SceneOptionsPtr> parseOptions(const nlohmann::json& options) const override {
    return shared(parseGainsOptions(options));
  }
  void draw(const SceneInput& input, Canvas& canvas) const override;
  bool animating(const SceneInput& input) const override;
};

} // namespace landslide
