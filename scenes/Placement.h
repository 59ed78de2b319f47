#pragma once
// Where a graphic of a given height goes on a vertical or square picture.
#include "canvas/Geometry.h"
#include "canvas/Shape.h"

#include <algorithm>

namespace landslide {

// The top of a graphic `height` tall inside `area`: on 9:16 its middle at 55 % of the frame
// (the lower middle, where the eye rests and above the platform's caption), on 1:1
// centred; always inside `area`.
inline float placeTop(const Rect& area, float height, const Rect& frame, Shape shape) {
  const float centre = shape == Shape::Vertical ? frame.y + frame.h * 0.55f : area.y + area.h * 0.5f;
  return std::clamp(centre - height * 0.5f, area.y, std::max(area.y, area.bottom() - height));
}

} // namespace landslide
