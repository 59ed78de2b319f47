#pragma once
// battleground: Swingometer: a challenger's targets ranked by swing needed.
#include "Scene.h"

namespace landslide {

class BattlegroundScene final : public Scene {
public:
  std::string_view name() const override { return "battleground"; }
  std::string_view description() const override { return "Swingometer: a challenger's targets ranked by swing needed"; }
  Expected<SceneOptionsPtr> parseOptions(const nlohmann::json& options) const override;
  void draw(const SceneInput& input, Canvas& canvas) const override;
  bool animating(const SceneInput& input) const override;
};

} // namespace landslide
