#pragma once
// result-card: the declaration — seat, winner with party and votes, majority, turnout
// and its change, electorate, swing, and the contest's status where it matters. A seat
// still awaiting its count says so, never showing zeros.
#include "Scene.h"

namespace landslide {

class ResultCard final : public Scene {
public:
  std::string_view name() const override { return "result-card"; }
  bool showsOneContest() const override { return true; }
  std::string_view description() const override { return "Declaration card: winner, majority, turnout, status"; }
  void draw(const SceneInput& input, Canvas& canvas) const override;
  bool animating(const SceneInput& input) const override;
};

} // namespace landslide
