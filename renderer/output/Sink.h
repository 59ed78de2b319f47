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

// The pixels a sink takes. Rows are top-first, 4 bytes per pixel. The program channel
// hands over Premultiplied frames; each sink's worker converts them (PixelConvert.h).
enum class PixelFormat {
  Straight,      // RGBA, straight alpha (PNG, ProRes 4444, raw, ffmpeg:)
  OverBlack,     // RGB premultiplied over black, alpha 255 (H.264 has no alpha)
  KeyOnly,       // alpha as grey, alpha 255
  FillAndKey,    // 2W x H: premultiplied fill over black | key, alpha 255
  Premultiplied, // RGBA premultiplied by alpha, as drawn (--out …:premultiplied; no conversion)
};

struct VideoFrame {
  int64_t number = 0;
  int width = 0, height = 0;
  std::shared_ptr<const std::vector<uint8_t>> pixels; // width * height * 4 bytes
  bool repeated = false;                              // nothing changed: the same pixels as the last frame
  PixelFormat format = PixelFormat::Straight;         // what `pixels` holds
  // Damage tracking: `pixels` equals the frame whose pixels were at `base` except in rows
  // [changedFirstRow, changedEndRow), so a sink still holding that frame converts only
  // those rows. Compare only, never dereference: null when unknown.
  const void* base = nullptr;
  int changedFirstRow = 0, changedEndRow = 0;
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
