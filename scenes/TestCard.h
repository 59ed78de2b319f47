#pragma once
// test-card: a lower-third plate with text, a gradient bar, an arrow and figures. It needs
// no results, so it proves the render path (fonts, shapes, alpha, motion) on its own.
#include "Scene.h"

namespace landslide {

class TestCard final : public Scene {
public:
  std::string_view name() const override { return "test-card"; }
  std::string_view description() const override { return "Render-path test: plate, text, bar, arrow, no data needed"; }
  int pageCount() const override { return 2; }
  void draw(const SceneInput& input, Canvas& canvas) const override;
  bool animating(const SceneInput& input) const override;
};

} // namespace landslide
