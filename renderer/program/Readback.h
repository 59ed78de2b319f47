#pragma once
// Asynchronous read-back through a ring of pixel buffer objects: frame N is copied into
// one PBO while frame N−1's PBO is mapped, so the render thread rarely waits on the GPU.
#include <glad/gl.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace landslide {

class Readback {
public:
  static constexpr int kRing = 3;
  Readback(int width, int height);
  ~Readback();
  Readback(const Readback&) = delete;
  Readback& operator=(const Readback&) = delete;

  // Starts copying the bound read framebuffer into the next PBO.
  void capture(int64_t frameNumber);
  bool pending() const { return pendingCount_ > 0; }
  // Maps the oldest pending capture (waiting on its fence if needed) and copies it out.
  std::optional<std::pair<int64_t, std::shared_ptr<std::vector<uint8_t>>>> collectOldest();

private:
  struct Slot {
    GLuint pbo = 0;
    GLsync fence = nullptr;
    int64_t frame = 0;
  };
  int width_, height_;
  size_t bytes_;
  Slot slots_[kRing];
  int next_ = 0;         // slot the next capture uses
  int pendingCount_ = 0; // captures not yet collected, oldest at next_ - pendingCount_
};

} // namespace landslide
