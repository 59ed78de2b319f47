#pragma once
// Test helpers for pictures: load/save PNG (stb), compare against a golden within the one
// project-wide tolerance, and write actual + diff images next to the build on failure.
#include <cstdint>
#include <string>
#include <vector>

namespace landslide::test {

struct Image {
  int width = 0, height = 0;
  std::vector<uint8_t> rgba;
  const uint8_t* at(int x, int y) const { return &rgba[(size_t(y) * size_t(width) + size_t(x)) * 4]; }
  bool empty() const { return rgba.empty(); }
};

// The golden tolerance: a pixel "differs" when any channel is off by more than 2/255;
// a comparison fails when more than 0.1 % of pixels differ.
constexpr int kChannelTolerance = 2;
constexpr double kDifferingFraction = 0.001;

Image loadPng(const std::string& path);
bool savePng(const std::string& path, const Image& image);

struct Comparison {
  bool sameSize = false;
  size_t differing = 0; // pixels beyond kChannelTolerance
  size_t total = 0;
  int maxDelta = 0;
  bool passes() const { return sameSize && double(differing) <= kDifferingFraction * double(total); }
};

Comparison compare(const Image& actual, const Image& golden);
// Compares; on failure writes NAME.actual.png and NAME.diff.png into outDir. With
// LANDSLIDE_UPDATE_GOLDENS=1 it rewrites the golden instead (commit says why).
Comparison checkGolden(const Image& actual, const std::string& goldenPath, const std::string& outDir);

} // namespace landslide::test
