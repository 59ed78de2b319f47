#include "NationalShare.h"

namespace landslide {

// Work in progress: being written.
void NationalShare::draw(const SceneInput&, Canvas&) const {}

bool NationalShare::animating(const SceneInput&) const { return false; }

} // namespace landslide
