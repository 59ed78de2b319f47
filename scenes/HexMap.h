#pragma once
// hex-map: Every seat one hexagon, filled in its winner's colour.
#include "Scene.h"

namespace landslide {

class HexMap final : public Scene {
public:
  std::string_view name() const override { return "hex-map"; }
  std::string_view description() const override { return "Every seat one hexagon, filled in its winner's colour"; }
  void draw(const SceneInput& input, Canvas& canvas) const override;
  bool animating(const SceneInput& input) const override;
};

} // namespace landslide
