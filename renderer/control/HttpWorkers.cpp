#include "HttpWorkers.h"

namespace landslide {

void HttpWorkers::enqueue(std::function<void()> job) {
  std::lock_guard lock(mutex_);
  if (stopping_) return;
  jobs_.push_back(std::move(job));
  if (idle_ < jobs_.size() && threads_.size() < max_)
    threads_.emplace_back([this](std::stop_token stop) { work(stop); });
  else
    wake_.notify_one();
}

void HttpWorkers::shutdown() {
  std::vector<std::jthread> threads;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    threads.swap(threads_);
  }
  wake_.notify_all();
  for (std::jthread& t : threads) t.request_stop();
  threads.clear(); // joins
}

std::size_t HttpWorkers::threads() const {
  std::lock_guard lock(mutex_);
  return threads_.size();
}

void HttpWorkers::work(std::stop_token stop) {
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock lock(mutex_);
      ++idle_;
      wake_.wait(lock, stop, [this] { return !jobs_.empty() || stopping_; });
      --idle_;
      if (jobs_.empty()) return; // stopping, nothing left to run
      job = std::move(jobs_.front());
      jobs_.pop_front();
    }
    job();
  }
}

} // namespace landslide
