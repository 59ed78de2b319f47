#pragma once
// swing: "SWING CON TO LAB 20.5%" with an arrow from the losing party's colour to the
// gaining party's, its angle and length proportional to the swing. Page two: a
// swingometer, the needle eased to the swing, the swing the challenger needed marked.
#include "Scene.h"

namespace landslide {

class Swing final : public Scene {
public:
  std::string_view name() const override { return "swing"; }
  bool showsOneContest() const override { return true; }
  std::string_view description() const override { return "Two-party swing arrow; page two: swingometer dial"; }
  int pageCount() const override { return 2; }
  void draw(const SceneInput& input, Canvas& canvas) const override;
  bool animating(const SceneInput& input) const override;
};

} // namespace landslide
