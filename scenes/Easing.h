#pragma once
// Easing curves, named in themes: "linear", "ease-in", "ease-out", "ease-in-out",
// "ease-out-back", or "cubic-bezier(x1, y1, x2, y2)" as in CSS.
#include <optional>
#include <string>
#include <string_view>

namespace landslide {

class Easing {
public:
  static std::optional<Easing> parse(std::string_view spec);
  static Easing linear() { return Easing(0, 0, 1, 1); }
  // Progress 0..1 (clamped) → eased value; overshooting curves may leave 0..1.
  float operator()(float t) const;
  const std::string& spec() const { return spec_; }

private:
  Easing(float x1, float y1, float x2, float y2) : x1_(x1), y1_(y1), x2_(x2), y2_(y2) {}
  float x1_, y1_, x2_, y2_;
  std::string spec_;
};

// Progress of an animation that starts at `start` seconds and lasts `duration`, 0..1.
float progress(double nowSeconds, double startSeconds, double durationSeconds);

} // namespace landslide
