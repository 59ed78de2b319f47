#pragma once
// national-share: National vote share per party with change.
#include "Scene.h"

namespace landslide {

class NationalShare final : public Scene {
public:
  std::string_view name() const override { return "national-share"; }
  std::string_view description() const override { return "National vote share per party with change"; }
  void draw(const SceneInput& input, Canvas& canvas) const override;
  bool animating(const SceneInput& input) const override;
};

} // namespace landslide
