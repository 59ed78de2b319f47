#include "HexMap.h"

namespace landslide {

// Work in progress: being written.
void HexMap::draw(const SceneInput&, Canvas&) const {}

bool HexMap::animating(const SceneInput&) const { return false; }

} // namespace landslide
