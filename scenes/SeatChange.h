#pragma once
// seat-change: a full-width banner — "LAB GAIN FROM CON" wiping from the losing party's
// colour into the winner's, or "CON HOLD" in the holder's colour without the wipe —
// with the seat, the winner, the majority and an optional caption line.
#include "Scene.h"

namespace landslide {

class SeatChange final : public Scene {
public:
  std::string_view name() const override { return "seat-change"; }
  bool showsOneContest() const override { return true; }
  std::string_view description() const override { return "Full-width GAIN / HOLD banner with winner and majority"; }
  void draw(const SceneInput& input, Canvas& canvas) const override;
  bool animating(const SceneInput& input) const override;
};

} // namespace landslide
