#pragma once
// vote-bars: one contest's candidates by votes as bars in party colour (top N plus
// Others), the winner marked; page two shows each party's change in share since the
// previous election as bars diverging from a zero axis.
#include "Scene.h"

namespace landslide {

class VoteBars final : public Scene {
public:
  std::string_view name() const override { return "vote-bars"; }
  bool showsOneContest() const override { return true; }
  std::string_view description() const override {
    return "Candidates by votes, top N plus Others; page two: change in share";
  }
  int pageCount() const override { return 2; }
  Expected<SceneOptionsPtr> parseOptions(const nlohmann::json& options) const override;
  void draw(const SceneInput& input, Canvas& canvas) const override;
  bool animating(const SceneInput& input) const override;
};

} // namespace landslide
