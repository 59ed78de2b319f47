#pragma once
// GET /api/program.png: the newest program frame as PNG, encoded on the requesting
// thread (never the render thread) and cached until a newer frame arrives.
#include "output/Sink.h"

#include <memory>
#include <mutex>
#include <string>

namespace landslide {

class ProgramPng {
public:
  // The PNG bytes of frame (straight-alpha RGBA, top row first); empty on failure.
  std::shared_ptr<const std::string> encode(const std::shared_ptr<const VideoFrame>& frame);

private:
  std::mutex mutex_; // one encode at a time; the others then find it cached
  std::shared_ptr<const VideoFrame> frame_;
  std::shared_ptr<const std::string> png_;
};

} // namespace landslide
