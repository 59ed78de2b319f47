#include "Image.h"

#include <stb_image.h>
#include <stb_image_write.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace landslide::test {

Image loadPng(const std::string& path) {
  Image img;
  int channels = 0;
  unsigned char* data = stbi_load(path.c_str(), &img.width, &img.height, &channels, 4);
  if (!data) return {};
  img.rgba.assign(data, data + size_t(img.width) * size_t(img.height) * 4);
  stbi_image_free(data);
  return img;
}

bool savePng(const std::string& path, const Image& image) {
  return stbi_write_png(path.c_str(), image.width, image.height, 4, image.rgba.data(), image.width * 4) != 0;
}

Comparison compare(const Image& a, const Image& b) {
  Comparison c;
  c.sameSize = a.width == b.width && a.height == b.height && !a.empty();
  if (!c.sameSize) return c;
  c.total = size_t(a.width) * size_t(a.height);
  for (size_t i = 0; i < c.total; ++i) {
    int worst = 0;
    for (int ch = 0; ch < 4; ++ch) worst = std::max(worst, std::abs(int(a.rgba[i * 4 + ch]) - int(b.rgba[i * 4 + ch])));
    c.maxDelta = std::max(c.maxDelta, worst);
    if (worst > kChannelTolerance) ++c.differing;
  }
  return c;
}

Comparison checkGolden(const Image& actual, const std::string& goldenPath, const std::string& outDir) {
  const char* update = std::getenv("LANDSLIDE_UPDATE_GOLDENS");
  if (update && std::strcmp(update, "1") == 0) {
    savePng(goldenPath, actual);
    Comparison same;
    same.sameSize = true;
    same.total = 1;
    return same;
  }
  Image golden = loadPng(goldenPath);
  Comparison c = compare(actual, golden);
  if (!c.passes()) {
    std::filesystem::create_directories(outDir);
    std::string stem = std::filesystem::path(goldenPath).stem().string();
    savePng(outDir + "/" + stem + ".actual.png", actual);
    if (c.sameSize) {
      Image diff = actual;
      for (size_t i = 0; i < c.total; ++i) {
        int worst = 0;
        for (int ch = 0; ch < 4; ++ch)
          worst = std::max(worst, std::abs(int(actual.rgba[i * 4 + ch]) - int(golden.rgba[i * 4 + ch])));
        uint8_t v = uint8_t(std::min(255, worst * 8));
        diff.rgba[i * 4 + 0] = worst > kChannelTolerance ? 255 : v;
        diff.rgba[i * 4 + 1] = v;
        diff.rgba[i * 4 + 2] = v;
        diff.rgba[i * 4 + 3] = 255;
      }
      savePng(outDir + "/" + stem + ".diff.png", diff);
    }
  }
  return c;
}

} // namespace landslide::test
