#pragma once
// Output sinks: where program frames go. CPU sinks (files, pipes) receive read-back
// pixels on their own worker thread; a window sink presents the GPU texture directly.
#include "feeds/base/Expected.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace landslide {

// What the post pass writes for a sink. Rows are top-first, 4 bytes per pixel.
enum class PixelFormat {
  Straight,      // RGBA, straight alpha (PNG, ProRes 4444, raw, ffmpeg:)
  OverBlack,     // RGB premultiplied over black, alpha 255 (H.264 has no alpha)
  KeyOnly,       // alpha as grey, alpha 255
  FillAndKey,    // 2W x H: premultiplied fill over black | key, alpha 255
  Premultiplied, // RGBA, premultiplied alpha as drawn (--out …:premultiplied)
};

struct VideoFrame {
  int64_t number = 0;
  int width = 0, height = 0;
  std::shared_ptr<const std::vector<uint8_t>> pixels; // width * height * 4 bytes
  bool repeated = false;                              // nothing changed: the same pixels as the last frame
};

class Sink {
public:
  virtual ~Sink() = default;
  virtual const std::string& spec() const = 0; // the --out text, for messages
  virtual PixelFormat format() const = 0;
  // Hands over a frame; cheap and non-blocking for live sinks (the sink's worker does the
  // slow part). Offline sinks may block to apply back-pressure.
  virtual void push(const VideoFrame& frame) = 0;
  // Waits for queued work, closes files and processes; the Problem names the spec.
  virtual Expected<void> finish() = 0;
  // A failure seen so far (e.g. ffmpeg exited early), for the render loop to stop on.
  virtual std::optional<std::string> failure() const = 0;
  virtual uint64_t framesDropped() const { return 0; }
};

} // namespace landslide
