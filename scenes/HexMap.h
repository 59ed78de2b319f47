#pragma once
// hex-map: every seat one equal hexagon, filled in its winner's colour as the night goes
// on; page two shows the gains only. The bundled cartograms are parsed once, when the
// scene is built, and the one matching the feed's seats is drawn.
#include "Scene.h"
#include "hex/HexLayout.h"

namespace landslide {

class HexMap final : public Scene {
public:
  HexMap();
  std::string_view name() const override { return "hex-map"; }
  std::string_view description() const override { return "Every seat one hexagon, filled in its winner's colour"; }
  int pageCount() const override { return 2; }
  Expected<SceneOptionsPtr> parseOptions(const nlohmann::json& options) const override;
  void draw(const SceneInput& input, Canvas& canvas) const override;
  bool animating(const SceneInput& input) const override;
  double exitSeconds(const Theme& theme) const override;

  const HexLayouts& layouts() const { return layouts_; }

private:
  HexLayouts layouts_;
};

} // namespace landslide
