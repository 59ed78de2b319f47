#include "feeds/PushFeedSource.h"

namespace landslide {

PushFeedSource::PushFeedSource(std::string name, JsonLimits limits) : FeedSource(std::move(name)), limits_(limits) {}

PushFeedSource::~PushFeedSource() { stop(); }

void PushFeedSource::start() {
  if (worker_.joinable()) return;
  {
    std::lock_guard lock(mutex_);
    stopping_ = false;
    running_ = true;
  }
  state_.setRunning(true);
  worker_ = std::thread([this] { run(); });
}

void PushFeedSource::stop() {
  if (!worker_.joinable()) return;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    running_ = false;
  }
  wake_.notify_all();
  worker_.join();
  // Anything still queued is answered, so no caller waits forever.
  std::deque<Job> left;
  {
    std::lock_guard lock(mutex_);
    left.swap(queue_);
  }
  for (auto& job : left) job.done.set_value(notRunning());
  state_.setRunning(false);
}

FeedErrors PushFeedSource::notRunning() const {
  return {FeedError{name(), "", "the push source is not running", FeedError::Severity::Error, "source"}};
}

std::future<FeedErrors> PushFeedSource::pushAsync(std::string bytes) {
  Job job{std::move(bytes), {}};
  auto future = job.done.get_future();
  {
    std::lock_guard lock(mutex_);
    if (!running_) {
      job.done.set_value(notRunning());
      return future;
    }
    queue_.push_back(std::move(job));
  }
  wake_.notify_one();
  return future;
}

FeedErrors PushFeedSource::push(std::string bytes) { return pushAsync(std::move(bytes)).get(); }

void PushFeedSource::run() {
  for (;;) {
    Job job;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      job = std::move(queue_.front());
      queue_.pop_front();
    }
    auto result = state_.ingest(job.bytes, limits_);
    job.done.set_value(std::move(result.errors));
  }
}

} // namespace landslide
