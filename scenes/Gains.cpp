#include "Gains.h"

namespace landslide {

// Work in progress: being written.
void Gains::draw(const SceneInput&, Canvas&) const {}

bool Gains::animating(const SceneInput&) const { return false; }

} // namespace landslide
