#include "SinkWorker.h"

namespace landslide {

SinkWorker::SinkWorker(Handler handler, QueuePolicy policy, size_t capacity)
    : handler_(std::move(handler)), policy_(policy), capacity_(capacity), thread_([this] { run(); }) {}

SinkWorker::~SinkWorker() { finish(); }

void SinkWorker::push(const VideoFrame& frame) {
  std::unique_lock lock(mutex_);
  if (failure_ || closing_) return;
  if (queue_.size() >= capacity_) {
    if (policy_ == QueuePolicy::Drop) {
      ++dropped_;
      return;
    }
    changed_.wait(lock, [&] { return queue_.size() < capacity_ || failure_; });
    if (failure_) return;
  }
  queue_.push_back(frame);
  changed_.notify_all();
}

void SinkWorker::finish() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
}

std::optional<std::string> SinkWorker::failure() const {
  std::lock_guard lock(mutex_);
  return failure_;
}

void SinkWorker::run() {
  for (;;) {
    VideoFrame frame;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return !queue_.empty() || closing_; });
      if (queue_.empty()) return;
      frame = std::move(queue_.front());
      queue_.pop_front();
    }
    changed_.notify_all();
    if (auto handled = handler_(frame); !handled) {
      std::lock_guard lock(mutex_);
      failure_ = handled.error();
      queue_.clear();
      changed_.notify_all();
      return;
    }
  }
}

} // namespace landslide
