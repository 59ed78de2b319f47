#include "SeatTally.h"

namespace landslide {

// Work in progress: being written.
void SeatTally::draw(const SceneInput&, Canvas&) const {}

bool SeatTally::animating(const SceneInput&) const { return false; }

} // namespace landslide
