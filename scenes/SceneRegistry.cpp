#include "BattlegroundScene.h"
#include "Declarations.h"
#include "Gains.h"
#include "HexMap.h"
#include "NationalShare.h"
#include "ResultCard.h"
#include "Scene.h"
#include "SeatChange.h"
#include "SeatTally.h"
#include "Swing.h"
#include "TestCard.h"
#include "VoteBars.h"

namespace landslide {

Expected<SceneOptionsPtr> Scene::parseOptions(const nlohmann::json& options) const {
  OptionReader r(options);
  SceneOptions o;
  r.common(o);
  return shared(finished(r, std::move(o)));
}

SceneRegistry::SceneRegistry() {
  scenes_.push_back(std::make_unique<VoteBars>());
  scenes_.push_back(std::make_unique<SeatChange>());
  scenes_.push_back(std::make_unique<ResultCard>());
  scenes_.push_back(std::make_unique<Swing>());
  scenes_.push_back(std::make_unique<SeatTally>());
  scenes_.push_back(std::make_unique<HexMap>());
  scenes_.push_back(std::make_unique<Gains>());
  scenes_.push_back(std::make_unique<NationalShare>());
  scenes_.push_back(std::make_unique<Declarations>());
  scenes_.push_back(std::make_unique<BattlegroundScene>());
  scenes_.push_back(std::make_unique<TestCard>());
}

void SceneRegistry::add(std::unique_ptr<Scene> scene) { scenes_.push_back(std::move(scene)); }

const Scene* SceneRegistry::find(std::string_view name) const {
  for (const auto& scene : scenes_)
    if (scene->name() == name) return scene.get();
  return nullptr;
}

} // namespace landslide
