#include "Shape.h"

#include <cmath>

namespace landslide {

namespace {
struct Aspect {
  Shape shape;
  float ratio; // width / height
};
constexpr Aspect kAspects[] = {{Shape::Wide, 16.0f / 9.0f}, {Shape::Vertical, 9.0f / 16.0f}, {Shape::Square, 1.0f}};

// Fractions of the frame kept clear on a vertical picture: left, top, right, bottom.
struct Insets {
  float left, top, right, bottom;
};
constexpr Insets kVerticalTitle{0.06f, 0.10f, 0.06f, 0.20f};
constexpr Insets kVerticalAction{0.035f, 0.07f, 0.035f, 0.16f};

Rect insetBy(const Rect& f, const Insets& i) {
  float x0 = f.x + f.w * i.left, y0 = f.y + f.h * i.top;
  float x1 = f.right() - f.w * i.right, y1 = f.bottom() - f.h * i.bottom;
  return {x0, y0, x1 - x0, y1 - y0};
}
} // namespace

std::optional<Shape> exactShape(int widthPx, int heightPx) {
  if (widthPx <= 0 || heightPx <= 0) return std::nullopt;
  const float ratio = float(widthPx) / float(heightPx);
  for (const Aspect& a : kAspects)
    if (std::fabs(ratio / a.ratio - 1.0f) <= 0.01f) return a.shape;
  return std::nullopt;
}

Shape nearestShape(int widthPx, int heightPx) {
  if (auto exact = exactShape(widthPx, heightPx)) return *exact;
  const float ratio = heightPx > 0 ? float(widthPx) / float(heightPx) : 1.0f;
  Shape best = Shape::Wide;
  float bestDistance = 1e9f;
  for (const Aspect& a : kAspects) {
    float d = std::fabs(std::log(ratio / a.ratio));
    if (d < bestDistance) bestDistance = d, best = a.shape;
  }
  return best;
}

std::string_view shapeName(Shape shape) {
  switch (shape) {
  case Shape::Wide: return "16:9";
  case Shape::Vertical: return "9:16";
  case Shape::Square: return "1:1";
  }
  return "16:9";
}

float designWidth(Shape shape) { return shape == Shape::Wide ? 1920.0f : 1080.0f; }

SafeAreas safeAreasFor(const Rect& frame, Shape shape, float titleFraction, float actionFraction) {
  if (shape == Shape::Vertical) return {insetBy(frame, kVerticalTitle), insetBy(frame, kVerticalAction)};
  return {safeArea(frame, titleFraction), safeArea(frame, actionFraction)};
}

} // namespace landslide
