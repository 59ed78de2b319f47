#include "ResultCard.h"
#include "Scene.h"
#include "SeatChange.h"
#include "Swing.h"
#include "TestCard.h"
#include "VoteBars.h"

namespace landslide {

SceneRegistry::SceneRegistry() {
  scenes_.push_back(std::make_unique<VoteBars>());
  scenes_.push_back(std::make_unique<SeatChange>());
  scenes_.push_back(std::make_unique<ResultCard>());
  scenes_.push_back(std::make_unique<Swing>());
  scenes_.push_back(std::make_unique<TestCard>());
}

const Scene* SceneRegistry::find(std::string_view name) const {
  for (const auto& scene : scenes_)
    if (scene->name() == name) return scene.get();
  return nullptr;
}

} // namespace landslide
