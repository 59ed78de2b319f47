#include "SinkWorker.h"
#include "PixelConvert.h"

namespace landslide {

SinkWorker::SinkWorker(Handler handler, QueuePolicy policy, PixelFormat format, size_t capacity)
    : handler_(std::move(handler)), format_(format),
      worker_(capacity, policy, [this](VideoFrame& frame) { return handle(frame); }) {}

SinkWorker::~SinkWorker() { finish(); }

// After a failure the worker's queue is closed: frames are refused, a blocked push returns.
void SinkWorker::push(const VideoFrame& frame) { worker_.push(frame); }

void SinkWorker::finish() { worker_.finish(); }

std::optional<std::string> SinkWorker::failure() const {
  std::lock_guard lock(mutex_);
  return failure_;
}

bool SinkWorker::handle(const VideoFrame& frame) {
  if (frame.pixels != lastSource_) {
    // Damage tracking: the frame before it is the one converted last; convert only the rows that changed.
    const bool incremental = frame.base && lastSource_ && frame.base == lastSource_.get() && lastConverted_.pixels &&
                             frame.format != format_;
    lastConverted_ =
        incremental ? convertChangedRowsTimed(frame, format_, lastConverted_) : convertFrameTimed(frame, format_);
    lastSource_ = frame.pixels;
  }
  VideoFrame converted = lastConverted_;
  converted.number = frame.number;
  converted.repeated = frame.repeated;
  auto handled = handler_(converted);
  if (handled) return true;
  std::lock_guard lock(mutex_);
  failure_ = handled.error();
  return false;
}

} // namespace landslide
