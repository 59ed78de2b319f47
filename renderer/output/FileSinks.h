#pragma once
// Sinks that write files or pipes: PNG (one frame or a sequence), ffmpeg (ProRes, H.264,
// any ffmpeg output), raw RGBA on stdout.
#include "OutputSpec.h"
#include "Sink.h"
#include "SinkWorker.h"

#include "FrameRate.h"

namespace landslide {

struct SinkSettings {
  int width = 1920, height = 1080; // program size (a fill+key frame is twice as wide)
  FrameRate rate;                  // the channel's picture rate; interlaced: outputs get woven frames at rate.frames()
  KeyMode key = KeyMode::None;
  QueuePolicy policy = QueuePolicy::Block;
  std::string timecode; // the first frame's label for .mov, .mp4 and ffmpeg: ("" = none)
};

// Any non-window output; checks paths and tools up front so a bad spec fails before
// anything is rendered. At an interlaced rate the sink is wrapped in an InterlaceSink.
Expected<std::unique_ptr<Sink>> createFileSink(const OutputSpec& spec, const SinkSettings& settings);
PixelFormat pixelFormatFor(const OutputSpec& spec, KeyMode key);

// Writes RGBA pixels as a PNG atomically (files::writeFileAtomically), so a reader never
// sees half a file.
Expected<void> writePng(const std::string& path, const VideoFrame& frame);

} // namespace landslide
