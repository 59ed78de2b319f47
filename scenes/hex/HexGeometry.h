#pragma once
// HexGeometry: a hex layout fitted to a box of the frame, and the hexagon itself. The
// column pitch is a whole, even number of output pixels and the gap a whole number, so
// every hexagon's vertical sides fall on pixel edges: crisp at 1080p and 2160p alike.
#include "HexLayout.h"
#include "canvas/Canvas.h"

#include <array>

namespace landslide {

struct HexFit {
  Rect box;             // the map, design units (inside the box it was fitted to)
  float radius = 0;     // centre to corner of a cell, design units
  float drawRadius = 0; // the painted hexagon: the cell less half the gap all round
  Vec2 origin;          // top-left of the layout, design units

  Vec2 centre(const HexCell& cell) const {
    return {origin.x + cell.centre.x * radius, origin.y + cell.centre.y * radius};
  }
};

// The largest fit of `layout` centred in `box`; `gap` design units between neighbours.
HexFit fitHexes(const HexLayout& layout, const Rect& box, float pixelsPerUnit, float gap);

// The six corners of a pointy-topped hexagon, clockwise on screen from the top.
std::array<Vec2, 6> hexCorners(Vec2 centre, float radius);

// One anti-aliased hexagon straight into the draw list (12 vertices, no allocation).
void fillHex(Canvas& canvas, Vec2 centre, float radius, Rgba colour);
// Its outline, `thickness` design units, centred on the radius.
void strokeHex(Canvas& canvas, Vec2 centre, float radius, float thickness, Rgba colour);

} // namespace landslide
