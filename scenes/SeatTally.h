#pragma once
// seat-tally: Race to the majority: seats per party against the 326 line.
#include "Scene.h"

namespace landslide {

class SeatTally final : public Scene {
public:
  std::string_view name() const override { return "seat-tally"; }
  std::string_view description() const override { return "Race to the majority: seats per party against the 326 line"; }
  void draw(const SceneInput& input, Canvas& canvas) const override;
  bool animating(const SceneInput& input) const override;
};

} // namespace landslide
