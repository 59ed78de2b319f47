#include "Colour.h"

#include <algorithm>
#include <cmath>

namespace landslide {

namespace {
uint32_t channel(float v) { return uint32_t(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); }

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

double linearise(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }
} // namespace

uint32_t Rgba::toImU32() const { return (channel(a) << 24) | (channel(b) << 16) | (channel(g) << 8) | channel(r); }

Rgba lerp(const Rgba& from, const Rgba& to, float t) {
  return {from.r + (to.r - from.r) * t, from.g + (to.g - from.g) * t, from.b + (to.b - from.b) * t,
          from.a + (to.a - from.a) * t};
}

std::optional<Rgba> parseHexColour(std::string_view text) {
  if (text.empty() || text[0] != '#' || (text.size() != 7 && text.size() != 9)) return std::nullopt;
  uint32_t value = 0;
  for (char c : text.substr(1)) {
    int d = hexDigit(c);
    if (d < 0) return std::nullopt;
    value = (value << 4) | uint32_t(d);
  }
  if (text.size() == 7) return Rgba::fromHex(value);
  return Rgba::fromHex(value >> 8, float(value & 0xFF) / 255.0f);
}

double relativeLuminance(const Rgba& c) {
  return 0.2126 * linearise(c.r) + 0.7152 * linearise(c.g) + 0.0722 * linearise(c.b);
}

double contrastRatio(const Rgba& x, const Rgba& y) {
  double a = relativeLuminance(x), b = relativeLuminance(y);
  return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

} // namespace landslide
