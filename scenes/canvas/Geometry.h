#pragma once
// Rectangles in canvas design units (a 1920-wide reference frame).

namespace landslide {

struct Vec2 {
  float x = 0, y = 0;
};

struct Rect {
  float x = 0, y = 0, w = 0, h = 0;

  float right() const { return x + w; }
  float bottom() const { return y + h; }
  bool contains(const Rect& other) const {
    return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
  }
  Rect inset(float dx, float dy) const { return {x + dx, y + dy, w - 2 * dx, h - 2 * dy}; }
};

// Broadcast safe areas as a fraction of the frame: title-safe 90 %, action-safe 93 %.
inline Rect safeArea(const Rect& frame, float fraction) {
  float dx = frame.w * (1.0f - fraction) * 0.5f, dy = frame.h * (1.0f - fraction) * 0.5f;
  return frame.inset(dx, dy);
}

} // namespace landslide
