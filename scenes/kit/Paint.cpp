#include "Paint.h"

#include <algorithm>
#include <cmath>

namespace landslide {

Grid::Grid(const Canvas& canvas, const Theme& theme)
    : frame(canvas.frame()), shape(canvas.shape()),
      title(safeAreasFor(frame, shape, theme.titleSafe, theme.actionSafe).title),
      action(safeAreasFor(frame, shape, theme.titleSafe, theme.actionSafe).action),
      content(title.inset(theme.margin, theme.margin)) {}

Rect Grid::plateAround(const Rect& c, float padding) const {
  float x0 = std::max(action.x, c.x - padding), y0 = std::max(action.y, c.y - padding);
  float x1 = std::min(action.right(), c.right() + padding), y1 = std::min(action.bottom(), c.bottom() + padding);
  return {x0, y0, x1 - x0, y1 - y0};
}

Rect Grid::panelContent(float padding) const {
  float x0 = std::max(content.x, action.x + padding), y0 = std::max(content.y, action.y + padding);
  float x1 = std::min(content.right(), action.right() - padding);
  float y1 = std::min(content.bottom(), action.bottom() - padding);
  return {x0, y0, x1 - x0, y1 - y0};
}

Rect unfold(const Rect& r, float open) { return {r.x, r.y, r.w, r.h * std::clamp(open, 0.0f, 1.0f)}; }

void accentStrip(Canvas& canvas, const Rect& plate, float height, float reveal, Rgba colour, float rounding) {
  if (reveal <= 0) return;
  Canvas::ClipScope clip(canvas, {plate.x, plate.y, plate.w * std::min(reveal, 1.0f), std::min(height, plate.h)});
  canvas.fillRect({plate.x, plate.y, plate.w, std::min(plate.h, height + 2 * rounding)}, colour, rounding);
}

float beforeEdge(float edge, float top, float bottom) {
  float visible = bottom > top ? (edge - top) / (bottom - top) : 1.0f;
  return std::clamp((visible - 0.35f) / 0.65f, 0.0f, 1.0f);
}

float centredBaseline(const Canvas& canvas, FontRole role, float centreY, int step) {
  return centreY + canvas.capHeight(role, step) * 0.5f;
}

Vec2 chipSize(const Canvas& canvas, FontRole role, std::string_view text, float padX, float padY, int step) {
  return {canvas.measure(role, text, step) + 2 * padX, canvas.capHeight(role, step) + 2 * padY};
}

Rect chip(Canvas& canvas, FontRole role, std::string_view text, float x, float centreY, Align align, Rgba fill,
          Rgba ink, float padX, float padY, float rounding, int step) {
  Vec2 size = chipSize(canvas, role, text, padX, padY, step);
  float left = align == Align::Left ? x : align == Align::Centre ? x - size.x * 0.5f : x - size.x;
  Rect r{left, centreY - size.y * 0.5f, size.x, size.y};
  canvas.fillRect(r, fill, rounding);
  TextRun run{role, step, std::string(text), canvas.measure(role, text, step)};
  canvas.text(run, {left + padX, centredBaseline(canvas, role, centreY, step)}, ink);
  return r;
}

void tick(Canvas& canvas, Vec2 c, float radius, Rgba disc, Rgba mark) {
  canvas.fillCircle(c, radius, disc);
  // Two strokes meeting at the bottom of the tick; a disc at the joint rounds it off.
  float t = radius * 0.2f;
  Vec2 a{c.x - radius * 0.45f, c.y + radius * 0.02f}, b{c.x - radius * 0.12f, c.y + radius * 0.36f},
      e{c.x + radius * 0.48f, c.y - radius * 0.34f};
  canvas.line(a, b, t, mark);
  canvas.line(b, e, t, mark);
  canvas.fillCircle(b, t * 0.5f, mark);
}

int stepForCapHeight(const Canvas& canvas, FontRole role, float capHeight, int from) {
  const int last = int(FontBank::kLadder.size()) - 1;
  for (int step = std::clamp(from, 0, last); step < last; ++step)
    if (canvas.capHeight(role, step) <= capHeight) return step;
  return last;
}

FontRole role(const Canvas& canvas, FontRole wanted, FontRole fallback) {
  return canvas.fonts().hasRole(wanted) ? wanted : fallback;
}

} // namespace landslide
