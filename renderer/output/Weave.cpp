#include "Weave.h"

#include <algorithm>

namespace landslide {

void lowPassRow(const uint8_t* picture, int width, int height, int row, WeaveAlpha alpha, uint8_t* out) {
  const size_t stride = size_t(width) * 4;
  const uint8_t* above = picture + size_t(std::max(row - 1, 0)) * stride;
  const uint8_t* here = picture + size_t(row) * stride;
  const uint8_t* below = picture + size_t(std::min(row + 1, height - 1)) * stride;
  if (alpha == WeaveAlpha::Premultiplied) {
    for (size_t i = 0; i < stride; ++i) out[i] = uint8_t((above[i] + 2 * here[i] + below[i] + 2) >> 2);
    return;
  }
  for (size_t p = 0; p < stride; p += 4) {
    if (above[p + 3] == here[p + 3] && below[p + 3] == here[p + 3]) {
      // Equal alphas (clear, opaque, a flat fade: most pixels): the weighted mean is the
      // plain one, exactly, without a division.
      for (size_t c = 0; c < 3; ++c) out[p + c] = uint8_t((above[p + c] + 2 * here[p + c] + below[p + c] + 2) >> 2);
      out[p + 3] = here[p + 3];
      continue;
    }
    const int wa = above[p + 3], wh = 2 * here[p + 3], wb = below[p + 3];
    const int weight = wa + wh + wb; // 4 × the filtered alpha
    out[p + 3] = uint8_t((weight + 2) >> 2);
    for (size_t c = 0; c < 3; ++c) {
      const int sum = wa * above[p + c] + wh * here[p + c] + wb * below[p + c];
      out[p + c] = weight == 0 ? 0 : uint8_t((sum + weight / 2) / weight);
    }
  }
}

std::vector<uint8_t> weaveFields(const std::vector<uint8_t>& top, const std::vector<uint8_t>& bottom, int width,
                                 int height, WeaveAlpha alpha) {
  std::vector<uint8_t> frame(size_t(width) * size_t(height) * 4);
  const size_t stride = size_t(width) * 4;
  for (int y = 0; y < height; ++y)
    lowPassRow((y % 2 == 0 ? top : bottom).data(), width, height, y, alpha, frame.data() + size_t(y) * stride);
  return frame;
}

} // namespace landslide
