#pragma once
// The HTTP server's workers: one per connection being served, started as connections
// need them up to a bound, so that event streams and slow clients (each holding a
// worker until its deadline) do not leave /api/health waiting in a queue.
#include <httplib.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <stop_token>
#include <thread>
#include <vector>

namespace landslide {

class HttpWorkers final : public httplib::TaskQueue {
public:
  explicit HttpWorkers(std::size_t maxThreads) : max_(maxThreads < 1 ? 1 : maxThreads) {}
  ~HttpWorkers() override { shutdown(); }

  void enqueue(std::function<void()> job) override;
  void shutdown() override; // runs what is queued, then joins every worker
  std::size_t threads() const;

private:
  void work(std::stop_token stop);

  const std::size_t max_;
  mutable std::mutex mutex_;
  std::condition_variable_any wake_;
  std::deque<std::function<void()>> jobs_;
  std::vector<std::jthread> threads_;
  std::size_t idle_ = 0;
  bool stopping_ = false;
};

} // namespace landslide
