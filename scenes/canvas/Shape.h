#pragma once
// The three picture shapes a channel may have: 16:9 for TV and streams, 9:16 for vertical
// social feeds, 1:1 for square posts. Each scene lays itself out for the shape (a real
// layout, not a shrunken 16:9), and each shape has its own safe areas.
#include "Geometry.h"

#include <optional>
#include <string_view>

namespace landslide {

enum class Shape { Wide, Vertical, Square };

// The shape whose aspect ratio this size has (within 1 %), or nullopt for any other.
std::optional<Shape> exactShape(int widthPx, int heightPx);
// The nearest shape, for drawing at a size no channel would accept (a thumbnail).
Shape nearestShape(int widthPx, int heightPx);
std::string_view shapeName(Shape shape); // "16:9", "9:16", "1:1"

// Design units across the frame: 1920 for 16:9; 1080 for 9:16 and 1:1, so that a type
// size in the theme is the same number of pixels on a 1080-wide phone picture as on a
// 1080-line TV picture — large enough to read on a phone.
float designWidth(Shape shape);

struct SafeAreas {
  Rect title;  // text stays inside
  Rect action; // plates and shapes stay inside
};

// 16:9 and 1:1 use the theme's broadcast fractions (title 90 %, action 93 %). 9:16 keeps
// clear of the platforms' own overlays: the account line at the top and the caption,
// buttons and progress bar over the bottom fifth.
SafeAreas safeAreasFor(const Rect& frame, Shape shape, float titleFraction, float actionFraction);

} // namespace landslide
