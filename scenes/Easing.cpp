#include "Easing.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace landslide {

namespace {
float bezier(float a, float b, float t) { // 1D cubic with end points 0 and 1
  float u = 1 - t;
  return 3 * u * u * t * a + 3 * u * t * t * b + t * t * t;
}
float bezierSlope(float a, float b, float t) {
  float u = 1 - t;
  return 3 * u * u * a + 6 * u * t * (b - a) + 3 * t * t * (1 - b);
}
} // namespace

std::optional<Easing> Easing::parse(std::string_view spec) {
  struct Named {
    const char* name;
    float x1, y1, x2, y2;
  };
  static constexpr Named kNamed[] = {
      {"linear", 0, 0, 1, 1},
      {"ease", 0.25f, 0.1f, 0.25f, 1},
      {"ease-in", 0.42f, 0, 1, 1},
      {"ease-out", 0, 0, 0.58f, 1},
      {"ease-in-out", 0.42f, 0, 0.58f, 1},
      {"ease-out-cubic", 0.33f, 1, 0.68f, 1},
      {"ease-in-cubic", 0.32f, 0, 0.67f, 0},
      {"ease-out-quart", 0.25f, 1, 0.5f, 1},
      {"ease-out-back", 0.34f, 1.56f, 0.64f, 1},
      {"ease-in-back", 0.36f, 0, 0.66f, -0.56f},
  };
  for (const Named& n : kNamed)
    if (spec == n.name) {
      Easing e(n.x1, n.y1, n.x2, n.y2);
      e.spec_ = std::string(spec);
      return e;
    }
  float x1, y1, x2, y2;
  std::string text(spec);
  char tail = 0;
  if (std::sscanf(text.c_str(), " cubic-bezier ( %f , %f , %f , %f )%c", &x1, &y1, &x2, &y2, &tail) == 4 && x1 >= 0 &&
      x1 <= 1 && x2 >= 0 && x2 <= 1 && std::isfinite(y1) && std::isfinite(y2)) {
    Easing e(x1, y1, x2, y2);
    e.spec_ = text;
    return e;
  }
  return std::nullopt;
}

float Easing::operator()(float t) const {
  t = std::clamp(t, 0.0f, 1.0f);
  if (t == 0 || t == 1) return t;
  // Solve x(s) = t for s by Newton's method with a bisection fallback, then return y(s).
  float s = t;
  for (int i = 0; i < 8; ++i) {
    float x = bezier(x1_, x2_, s) - t, d = bezierSlope(x1_, x2_, s);
    if (std::fabs(x) < 1e-6f) return bezier(y1_, y2_, s);
    if (std::fabs(d) < 1e-6f) break;
    s = std::clamp(s - x / d, 0.0f, 1.0f);
  }
  float lo = 0, hi = 1;
  s = t;
  for (int i = 0; i < 40; ++i) {
    float x = bezier(x1_, x2_, s);
    if (std::fabs(x - t) < 1e-7f) break;
    (x < t ? lo : hi) = s;
    s = (lo + hi) * 0.5f;
  }
  return bezier(y1_, y2_, s);
}

float progress(double now, double start, double duration) {
  if (duration <= 0) return now >= start ? 1.0f : 0.0f;
  return float(std::clamp((now - start) / duration, 0.0, 1.0));
}

} // namespace landslide
