#pragma once
// PushFeedSource: documents handed in by the control API. push() queues the bytes for
// the source's worker thread, which parses them, and returns that parse's errors to the
// caller (for an HTTP 422) — the caller waits, but the parse never runs on its thread.

#include "feeds/FeedSource.h"
#include "feeds/base/Worker.h"

#include <future>
#include <memory>
#include <mutex>

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
  // At most kQueued documents wait; beyond that a push is refused at once.
  static constexpr std::size_t kQueued = 64;
  FeedErrors push(std::string bytes);
  std::future<FeedErrors> pushAsync(std::string bytes);

private:
  struct Job {
    std::string bytes;
    std::promise<FeedErrors> done;
  };
  bool handle(Job& job);
  FeedErrors notRunning() const;

  JsonLimits limits_;
  std::mutex mutex_;                    // guards worker_ (start/stop against pushes)
  std::unique_ptr<Worker<Job>> worker_; // null while not running
};

} // namespace landslide
