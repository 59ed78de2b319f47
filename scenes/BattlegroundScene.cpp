#include "BattlegroundScene.h"

namespace landslide {

// Work in progress: being written.
void BattlegroundScene::draw(const SceneInput&, Canvas&) const {}

bool BattlegroundScene::animating(const SceneInput&) const { return false; }

} // namespace landslide
