#pragma once
// Finds what changed between two draw lists without help from the scenes: each 64 × 64
// tile of the frame gets a hash of every triangle that can touch it, in draw order (its
// vertices, its scissor rectangle, its texture). A tile whose hash is the same drew the
// same triangles over the same clear, so its pixels are the same; only the other tiles are
// drawn, read back and converted again.
#include <imgui.h>

#include <cstdint>
#include <vector>

namespace landslide {

// A rectangle of pixels, picture coordinates (y down), [x0, x1) × [y0, y1).
struct PixelRect {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool empty() const { return x1 <= x0 || y1 <= y0; }
};

// The scissor the renderer sets for a clip rectangle, in picture coordinates.
PixelRect scissorOf(const ImVec4& clip, int height);

class DamageTracker {
public:
  static constexpr int kTile = 64;
  DamageTracker(int width, int height);
  // The changed region since the last call, as bands of whole tiles (few rectangles,
  // top to bottom, not overlapping); the whole frame on the first call and after reset().
  // `salt` stands for everything outside the list that the pixels depend on.
  std::vector<PixelRect> update(const ImDrawList& list, uint64_t salt);
  void reset() { valid_ = false; }

private:
  int width_, height_, columns_, rows_;
  std::vector<uint64_t> hashes_, previous_;
  bool valid_ = false;
};

} // namespace landslide
