#pragma once
// Colours in straight (non-premultiplied) sRGB, 0..1 per channel.
#include <cstdint>
#include <optional>
#include <string_view>

namespace landslide {

struct Rgba {
  float r = 0, g = 0, b = 0, a = 1;

  static constexpr Rgba fromHex(uint32_t rgb, float alpha = 1.0f) {
    return {float((rgb >> 16) & 0xFF) / 255.0f, float((rgb >> 8) & 0xFF) / 255.0f, float(rgb & 0xFF) / 255.0f, alpha};
  }
  Rgba withAlpha(float alpha) const { return {r, g, b, a * alpha}; }
  uint32_t toImU32() const; // Dear ImGui's packing: A<<24 | B<<16 | G<<8 | R
  bool operator==(const Rgba&) const = default;
};

Rgba lerp(const Rgba& from, const Rgba& to, float t);

// "#RRGGBB" or "#RRGGBBAA"; nullopt when malformed.
std::optional<Rgba> parseHexColour(std::string_view text);

// WCAG 2.x relative luminance and contrast ratio (1..21).
double relativeLuminance(const Rgba& colour);
double contrastRatio(const Rgba& a, const Rgba& b);

} // namespace landslide
