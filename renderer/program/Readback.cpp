#include "Readback.h"

#include <cstring>

namespace landslide {

Readback::Readback(int width, int height) : width_(width), height_(height), bytes_(size_t(width) * size_t(height) * 4) {
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

void Readback::capture(int64_t frameNumber) {
  if (pendingCount_ == kRing) collectOldest(); // ring full: the oldest frame is dropped on the floor
  Slot& s = slots_[next_];
  glBindBuffer(GL_PIXEL_PACK_BUFFER, s.pbo);
  glPixelStorei(GL_PACK_ALIGNMENT, 4);
  glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
  if (s.fence) glDeleteSync(s.fence);
  s.fence = glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0);
  s.frame = frameNumber;
  next_ = (next_ + 1) % kRing;
  ++pendingCount_;
}

std::optional<std::pair<int64_t, std::shared_ptr<std::vector<uint8_t>>>> Readback::collectOldest() {
  if (pendingCount_ == 0) return std::nullopt;
  Slot& s = slots_[(next_ - pendingCount_ + kRing) % kRing];
  --pendingCount_;
  glClientWaitSync(s.fence, GL_SYNC_FLUSH_COMMANDS_BIT, GLuint64(5'000'000'000));
  glDeleteSync(s.fence);
  s.fence = nullptr;
  auto pixels = std::make_shared<std::vector<uint8_t>>(bytes_);
  glBindBuffer(GL_PIXEL_PACK_BUFFER, s.pbo);
  if (const void* mapped = glMapBufferRange(GL_PIXEL_PACK_BUFFER, 0, GLsizeiptr(bytes_), GL_MAP_READ_BIT)) {
    std::memcpy(pixels->data(), mapped, bytes_);
    glUnmapBuffer(GL_PIXEL_PACK_BUFFER);
  }
  glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
  return std::make_pair(s.frame, pixels);
}

} // namespace landslide
