#include "Declarations.h"

namespace landslide {

// Work in progress: being written.
void Declarations::draw(const SceneInput&, Canvas&) const {}

bool Declarations::animating(const SceneInput&) const { return false; }

} // namespace landslide
