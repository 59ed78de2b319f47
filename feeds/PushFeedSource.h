#pragma once
// PushFeedSource: documents handed in by the control API. push() queues the bytes for
// the source's worker thread, which parses them, and returns that parse's errors to the
// caller (for an HTTP 422) — the caller waits, but the parse never runs on its thread.

#include "feeds/FeedSource.h"

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

namespace landslide {

class PushFeedSource final : public FeedSource {
public:
  explicit PushFeedSource(std::string name = "push", JsonLimits limits = {});
  ~PushFeedSource() override;

  void start() override;
  void stop() override;

  // Errors of this document (empty: accepted and published). Warnings are in
  // health().lastWarnings. Blocks until the worker has parsed it; if the source is
  // not running the result says so.
  FeedErrors push(std::string bytes);
  std::future<FeedErrors> pushAsync(std::string bytes);

private:
  struct Job {
    std::string bytes;
    std::promise<FeedErrors> done;
  };
  void run();
  FeedErrors notRunning() const;

  JsonLimits limits_;
  std::thread worker_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Job> queue_;
  bool stopping_ = false;
  bool running_ = false;
};

} // namespace landslide
