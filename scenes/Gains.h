#pragma once
// gains: Net gains and losses per party, diverging from zero.
#include "Scene.h"

namespace landslide {

class Gains final : public Scene {
public:
  std::string_view name() const override { return "gains"; }
  std::string_view description() const override { return "Net gains and losses per party, diverging from zero"; }
  void draw(const SceneInput& input, Canvas& canvas) const override;
  bool animating(const SceneInput& input) const override;
};

} // namespace landslide
