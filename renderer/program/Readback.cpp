#include "Readback.h"

#include <cstring>

namespace landslide {

Readback::Readback(int width, int height, bool flip)
    : width_(width), height_(height), flip_(flip), bytes_(size_t(width) * size_t(height) * 4) {
  for (Slot& s : slots_) {
    glGenBuffers(1, &s.pbo);
    glBindBuffer(GL_PIXEL_PACK_BUFFER, s.pbo);
    glBufferData(GL_PIXEL_PACK_BUFFER, GLsizeiptr(bytes_), nullptr, GL_STREAM_READ);
  }
  glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
}

Readback::~Readback() {
  for (Slot& s : slots_) {
    if (s.fence) glDeleteSync(s.fence);
    glDeleteBuffers(1, &s.pbo);
  }
}

void Readback::capture(int64_t frameNumber, int firstRow, int endRow) {
  if (pendingCount_ == kRing) collectOldest();              // ring full: the oldest frame is dropped on the floor
  if (endRow < 0 || !last_) firstRow = 0, endRow = height_; // nothing to keep rows from yet
  Slot& s = slots_[next_];
  // Framebuffer rows: picture row y is GL row height − 1 − y when flipped.
  const int glFirst = flip_ ? height_ - endRow : firstRow, rows = endRow - firstRow;
  const size_t stride = size_t(width_) * 4;
  glBindBuffer(GL_PIXEL_PACK_BUFFER, s.pbo);
  glPixelStorei(GL_PACK_ALIGNMENT, 4);
  if (rows > 0)
    glReadPixels(0, glFirst, width_, rows, GL_RGBA, GL_UNSIGNED_BYTE,
                 reinterpret_cast<void*>(size_t(glFirst) * stride)); // same rows of the PBO
  glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
  if (s.fence) glDeleteSync(s.fence);
  s.fence = glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0);
  s.frame = frameNumber;
  s.firstRow = firstRow;
  s.endRow = endRow;
  next_ = (next_ + 1) % kRing;
  ++pendingCount_;
}

std::optional<Readback::Frame> Readback::collectOldest() {
  if (pendingCount_ == 0) return std::nullopt;
  Slot& s = slots_[(next_ - pendingCount_ + kRing) % kRing];
  --pendingCount_;
  glClientWaitSync(s.fence, GL_SYNC_FLUSH_COMMANDS_BIT, GLuint64(5'000'000'000));
  glDeleteSync(s.fence);
  s.fence = nullptr;
  const bool whole = s.firstRow == 0 && s.endRow == height_;
  const void* base = whole ? nullptr : last_.get();
  // Sinks may still hold the last frames: a buffer none of them holds any more, else a new one.
  std::shared_ptr<std::vector<uint8_t>> pixels;
  for (auto& b : pool_)
    if (b.use_count() == 1) pixels = b;
  if (!pixels) {
    pixels = std::make_shared<std::vector<uint8_t>>(bytes_);
    if (pool_.size() < kPool) pool_.push_back(pixels);
  }
  if (!whole) *pixels = *last_; // the same size: a copy, no allocation
  const size_t stride = size_t(width_) * 4;
  glBindBuffer(GL_PIXEL_PACK_BUFFER, s.pbo);
  if (const void* mapped = glMapBufferRange(GL_PIXEL_PACK_BUFFER, 0, GLsizeiptr(bytes_), GL_MAP_READ_BIT)) {
    const auto* src = static_cast<const uint8_t*>(mapped);
    if (flip_) { // the copy out is needed anyway: reversing the rows in it costs nothing
      for (int y = s.firstRow; y < s.endRow; ++y)
        std::memcpy(pixels->data() + size_t(y) * stride, src + size_t(height_ - 1 - y) * stride, stride);
    } else {
      std::memcpy(pixels->data() + size_t(s.firstRow) * stride, src + size_t(s.firstRow) * stride,
                  size_t(s.endRow - s.firstRow) * stride);
    }
    glUnmapBuffer(GL_PIXEL_PACK_BUFFER);
  }
  glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
  last_ = pixels;
  return Frame{s.frame, pixels, base, s.firstRow, s.endRow};
}

} // namespace landslide
