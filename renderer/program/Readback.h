#pragma once
// Asynchronous read-back through a ring of pixel buffer objects: frame N is copied into
// one PBO while frame N−1's PBO is mapped, so the render thread rarely waits on the GPU.
// With damage tracking only the changed rows are read; the frame collected is the last
// one collected with those rows replaced.
#include <glad/gl.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace landslide {

class Readback {
public:
  static constexpr int kRing = 3;
  // flip: the framebuffer holds GL's bottom-up rows; collected pixels are top-first.
  Readback(int width, int height, bool flip = false);
  ~Readback();
  Readback(const Readback&) = delete;
  Readback& operator=(const Readback&) = delete;

  // Starts copying the bound read framebuffer into the next PBO: picture rows
  // [firstRow, endRow) (top-first with flip), all of them when endRow < 0.
  void capture(int64_t frameNumber, int firstRow = 0, int endRow = -1);
  bool pending() const { return pendingCount_ > 0; }

  struct Frame {
    int64_t number;
    std::shared_ptr<std::vector<uint8_t>> pixels;
    const void* base;     // the frame these pixels were made from, null for a whole read
    int firstRow, endRow; // the rows read for this frame
  };
  // Maps the oldest pending capture (waiting on its fence if needed) and copies it out.
  std::optional<Frame> collectOldest();

private:
  struct Slot {
    GLuint pbo = 0;
    GLsync fence = nullptr;
    int64_t frame = 0;
    int firstRow = 0, endRow = 0;
  };
  int width_, height_;
  bool flip_;
  size_t bytes_;
  Slot slots_[kRing];
  int next_ = 0;                               // slot the next capture uses
  int pendingCount_ = 0;                       // captures not yet collected, oldest at next_ - pendingCount_
  std::shared_ptr<std::vector<uint8_t>> last_; // the last frame collected
  // Frame buffers reused once no sink holds them: no page faults and zeroing per frame.
  static constexpr size_t kPool = 8;
  std::vector<std::shared_ptr<std::vector<uint8_t>>> pool_;
};

} // namespace landslide
