#pragma once
// Paint: the drawing vocabulary every on-air scene shares, so they read as one family —
// the safe-area grid, plates, chips, rules and the winner's tick.
#include "Theme.h"
#include "canvas/Canvas.h"

#include <string>

namespace landslide {

// Where things may go on this frame: text inside `content` (title-safe less the theme's
// margin), plates inside `action`; the safe areas follow the frame's shape (Shape.h).
struct Grid {
  Rect frame;
  Shape shape;
  Rect title, action, content;
  Grid(const Canvas& canvas, const Theme& theme);
  // A plate around content: widened by the theme's padding but never past action-safe.
  Rect plateAround(const Rect& content, float padding) const;
  // Where a panel's text may go so that its plate keeps its full padding inside action-safe.
  Rect panelContent(float padding) const;
};

// A solid plate; `open` 0..1 unfolds it downwards from its top edge.
Rect unfold(const Rect& rect, float open);
// Opacity for content spanning top..bottom while a plate's edge unfolds over it or folds
// back past it: it fades out before the edge can cut through it.
float beforeEdge(float edge, float top, float bottom);

// A strip of colour along the top of a rounded plate, following its corners; `reveal`
// 0..1 wipes it in from the left.
void accentStrip(Canvas& canvas, const Rect& plate, float height, float reveal, Rgba colour, float rounding);

// A rounded label with centred text, vertically centred on `centreY`; x is its left
// edge (Align::Left), centre or right edge. Returns the chip's rectangle.
Rect chip(Canvas& canvas, FontRole role, std::string_view text, float x, float centreY, Align align, Rgba fill,
          Rgba ink, float padX, float padY, float rounding, int step = 0);
// The size chip() would draw.
Vec2 chipSize(const Canvas& canvas, FontRole role, std::string_view text, float padX, float padY, int step = 0);

// A check mark in a disc: the winner's mark.
void tick(Canvas& canvas, Vec2 centre, float radius, Rgba disc, Rgba mark);

// Baseline that centres a line of capitals of `role` on centreY.
float centredBaseline(const Canvas& canvas, FontRole role, float centreY, int step = 0);

// The largest ladder step at or after `from` whose capitals fit `capHeight` design units.
int stepForCapHeight(const Canvas& canvas, FontRole role, float capHeight, int from = 0);

// A font role, or a fallback when the theme has none by that name.
FontRole role(const Canvas& canvas, FontRole wanted, FontRole fallback);

} // namespace landslide
