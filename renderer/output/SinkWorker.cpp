#include "SinkWorker.h"

namespace landslide {

SinkWorker::SinkWorker(Handler handler, QueuePolicy policy, size_t capacity)
    : handler_(std::move(handler)), worker_(capacity, policy, [this](VideoFrame& frame) { return handle(frame); }) {}

SinkWorker::~SinkWorker() { finish(); }

// After a failure the worker's queue is closed: frames are refused, a blocked push returns.
void SinkWorker::push(const VideoFrame& frame) { worker_.push(frame); }

void SinkWorker::finish() { worker_.finish(); }

std::optional<std::string> SinkWorker::failure() const {
  std::lock_guard lock(mutex_);
  return failure_;
}

bool SinkWorker::handle(const VideoFrame& frame) {
  auto handled = handler_(frame);
  if (handled) return true;
  std::lock_guard lock(mutex_);
  failure_ = handled.error();
  return false;
}

} // namespace landslide
