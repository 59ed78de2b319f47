#include "HexGeometry.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace landslide {

HexFit fitHexes(const HexLayout& layout, const Rect& box, float ppu, float gap) {
  HexFit fit;
  Vec2 extent = layout.extent();
  if (extent.x <= 0 || extent.y <= 0 || ppu <= 0) return fit;
  float radius = std::min(box.w / extent.x, box.h / extent.y);
  // A column pitch (√3 radii) of an even number of pixels puts every centre, odd rows'
  // half-shifted ones included, on a whole pixel.
  float pitchPx = std::max(2.0f, std::floor(kSqrt3 * radius * ppu * 0.5f) * 2.0f);
  float gapPx = std::clamp(std::round(gap * ppu), 0.0f, pitchPx * 0.5f);
  fit.radius = pitchPx / (kSqrt3 * ppu);
  // The painted hexagon's half-width is (pitch - gap) / 2 pixels.
  fit.drawRadius = (pitchPx - gapPx) / (kSqrt3 * ppu);
  Vec2 size{extent.x * fit.radius, extent.y * fit.radius};
  float x = std::round((box.x + (box.w - size.x) * 0.5f) * ppu);
  float y = std::round((box.y + (box.h - size.y) * 0.5f) * ppu);
  // An odd gap leaves the sides half a pixel off: shift the whole map by that half.
  if (int(gapPx) % 2 == 1) x += 0.5f;
  fit.origin = {x / ppu, y / ppu};
  fit.box = {fit.origin.x, fit.origin.y, size.x, size.y};
  return fit;
}

std::array<Vec2, 6> hexCorners(Vec2 c, float r) {
  float a = r * kSqrt3 * 0.5f, h = r * 0.5f;
  return {
      {{c.x, c.y - r}, {c.x + a, c.y - h}, {c.x + a, c.y + h}, {c.x, c.y + r}, {c.x - a, c.y + h}, {c.x - a, c.y - h}}};
}

void fillHex(Canvas& canvas, Vec2 centre, float radius, Rgba colour) {
  if (radius <= 0 || colour.a <= 0) return;
  float s = canvas.pixelsPerUnit();
  std::array<Vec2, 6> p = hexCorners({centre.x * s, centre.y * s}, radius * s);
  ImVec2 pts[6];
  for (int i = 0; i < 6; ++i) pts[i] = {p[size_t(i)].x, p[size_t(i)].y};
  canvas.drawList().AddConvexPolyFilled(pts, 6, colour.toImU32());
}

void strokeHex(Canvas& canvas, Vec2 centre, float radius, float thickness, Rgba colour) {
  if (radius <= 0 || thickness <= 0 || colour.a <= 0) return;
  float s = canvas.pixelsPerUnit();
  std::array<Vec2, 6> p = hexCorners({centre.x * s, centre.y * s}, radius * s);
  ImVec2 pts[6];
  for (int i = 0; i < 6; ++i) pts[i] = {p[size_t(i)].x, p[size_t(i)].y};
  canvas.drawList().AddPolyline(pts, 6, colour.toImU32(), ImDrawFlags_Closed, thickness * s);
}

} // namespace landslide
