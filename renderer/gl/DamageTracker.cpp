#include "DamageTracker.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace landslide {

namespace {

uint64_t mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  h *= 0xFF51AFD7ED558CCDull;
  return h ^ (h >> 32);
}

uint64_t hashVertex(const ImDrawVert& v) {
  uint64_t a, b;
  uint32_t c;
  std::memcpy(&a, &v.pos, 8);
  std::memcpy(&b, &v.uv, 8);
  std::memcpy(&c, &v.col, 4);
  return mix(mix(a, b), c);
}

} // namespace

PixelRect scissorOf(const ImVec4& clip, int height) {
  // As DrawListRenderer::render: glScissor(x, height − w, z − x, w − y), truncated.
  const int x = int(clip.x), w = int(clip.z - clip.x);
  const int glY = int(float(height) - clip.w), h = int(clip.w - clip.y);
  return {x, height - (glY + h), x + w, height - glY};
}

DamageTracker::DamageTracker(int width, int height)
    : width_(width), height_(height), columns_((width + kTile - 1) / kTile), rows_((height + kTile - 1) / kTile),
      hashes_(size_t(columns_ * rows_)), previous_(size_t(columns_ * rows_)) {}

std::vector<PixelRect> DamageTracker::update(const ImDrawList& list, uint64_t salt) {
  std::swap(hashes_, previous_);
  std::fill(hashes_.begin(), hashes_.end(), salt);
  for (const ImDrawCmd& cmd : list.CmdBuffer) {
    if (cmd.UserCallback || cmd.ElemCount == 0) continue;
    const ImVec4& clip = cmd.ClipRect;
    if (clip.z <= clip.x || clip.w <= clip.y) continue; // skipped by the renderer: draws nothing
    PixelRect s = scissorOf(clip, height_);
    s.x0 = std::max(s.x0, 0), s.y0 = std::max(s.y0, 0);
    s.x1 = std::min(s.x1, width_), s.y1 = std::min(s.y1, height_);
    if (s.empty()) continue;
    const uint64_t cmdHash = mix(mix(uint64_t(intptr_t(cmd.GetTexID())), uint64_t(s.x0) << 32 | uint32_t(s.y0)),
                                 uint64_t(s.x1) << 32 | uint32_t(s.y1));
    const ImDrawIdx* idx = list.IdxBuffer.Data + cmd.IdxOffset;
    const ImDrawVert* vtx = list.VtxBuffer.Data + cmd.VtxOffset;
    for (unsigned t = 0; t + 3 <= cmd.ElemCount; t += 3) {
      const ImDrawVert &a = vtx[idx[t]], &b = vtx[idx[t + 1]], &c = vtx[idx[t + 2]];
      // The pixels it can cover: its bounds, a pixel wider each way, inside the scissor.
      const float minX = std::min({a.pos.x, b.pos.x, c.pos.x}), maxX = std::max({a.pos.x, b.pos.x, c.pos.x});
      const float minY = std::min({a.pos.y, b.pos.y, c.pos.y}), maxY = std::max({a.pos.y, b.pos.y, c.pos.y});
      if (!(minX <= maxX && minY <= maxY)) { // NaN: no bounds to trust, so it may touch any pixel
        for (uint64_t& h : hashes_) h = mix(h, ~uint64_t(0));
        continue;
      }
      const int x0 = std::max(s.x0, int(std::floor(std::max(minX, -1e6f))) - 1);
      const int x1 = std::min(s.x1, int(std::ceil(std::min(maxX, 1e6f))) + 1);
      const int y0 = std::max(s.y0, int(std::floor(std::max(minY, -1e6f))) - 1);
      const int y1 = std::min(s.y1, int(std::ceil(std::min(maxY, 1e6f))) + 1);
      if (x1 <= x0 || y1 <= y0) continue; // outside its scissor: draws nothing
      const uint64_t tri = mix(mix(mix(cmdHash, hashVertex(a)), hashVertex(b)), hashVertex(c));
      for (int ty = y0 / kTile; ty <= (y1 - 1) / kTile; ++ty)
        for (int tx = x0 / kTile; tx <= (x1 - 1) / kTile; ++tx) {
          uint64_t& h = hashes_[size_t(ty * columns_ + tx)];
          h = mix(h, tri);
        }
    }
  }

  std::vector<PixelRect> bands;
  if (!valid_) {
    valid_ = true;
    bands.push_back({0, 0, width_, height_});
    return bands;
  }
  // Tile rows with damage, merged into bands spanning the damaged columns of their rows.
  for (int ty = 0; ty < rows_; ++ty) {
    int first = columns_, last = -1;
    for (int tx = 0; tx < columns_; ++tx)
      if (hashes_[size_t(ty * columns_ + tx)] != previous_[size_t(ty * columns_ + tx)]) {
        first = std::min(first, tx);
        last = tx;
      }
    if (last < 0) continue;
    PixelRect r{first * kTile, ty * kTile, std::min(width_, (last + 1) * kTile), std::min(height_, (ty + 1) * kTile)};
    if (!bands.empty() && bands.back().y1 == r.y0) {
      bands.back().x0 = std::min(bands.back().x0, r.x0);
      bands.back().x1 = std::max(bands.back().x1, r.x1);
      bands.back().y1 = r.y1;
    } else {
      bands.push_back(r);
    }
  }
  return bands;
}

} // namespace landslide
