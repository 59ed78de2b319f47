#include "feeds/PushFeedSource.h"

namespace landslide {

PushFeedSource::PushFeedSource(std::string name, JsonLimits limits) : FeedSource(std::move(name)), limits_(limits) {}

PushFeedSource::~PushFeedSource() { stop(); }

void PushFeedSource::start() {
  std::lock_guard lock(mutex_);
  if (worker_) return;
  state_.setRunning(true);
  worker_ = std::make_unique<Worker<Job>>(kQueued, Overflow::Drop, [this](Job& job) { return handle(job); });
}

void PushFeedSource::stop() {
  std::unique_ptr<Worker<Job>> worker;
  {
    std::lock_guard lock(mutex_);
    worker.swap(worker_);
  }
  if (!worker) return;
  // Anything still queued is answered, so no caller waits forever.
  for (auto& job : worker->cancel()) job.done.set_value(notRunning());
  state_.setRunning(false);
}

FeedErrors PushFeedSource::notRunning() const {
  return {FeedError{name(), "", "the push source is not running", FeedError::Severity::Error, "source"}};
}

std::future<FeedErrors> PushFeedSource::pushAsync(std::string bytes) {
  std::promise<FeedErrors> done;
  auto future = done.get_future();
  std::lock_guard lock(mutex_);
  if (!worker_) {
    done.set_value(notRunning());
  } else if (!worker_->push({std::move(bytes), std::move(done)})) {
    std::promise<FeedErrors> refused; // the refused job took the first promise with it
    future = refused.get_future();
    refused.set_value({FeedError{name(), "", "too many documents waiting to be parsed; try again",
                                 FeedError::Severity::Error, "source"}});
  }
  return future;
}

FeedErrors PushFeedSource::push(std::string bytes) { return pushAsync(std::move(bytes)).get(); }

bool PushFeedSource::handle(Job& job) {
  auto result = state_.ingest(job.bytes, limits_);
  job.done.set_value(std::move(result.errors));
  return true;
}

} // namespace landslide
