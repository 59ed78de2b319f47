#pragma once
// declarations: Lower-third strip of the latest declarations.
#include "Scene.h"

namespace landslide {

class Declarations final : public Scene {
public:
  std::string_view name() const override { return "declarations"; }
  std::string_view description() const override { return "Lower-third strip of the latest declarations"; }
  Expected<SceneOptionsPtr> parseOptions(const nlohmann::json& options) const override;
  void draw(const SceneInput& input, Canvas& canvas) const override;
  bool animating(const SceneInput& input) const override;
};

} // namespace landslide
