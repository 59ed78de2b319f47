#pragma once
// A worker thread with a bounded queue of frames, shared by the CPU sinks. Offline
// rendering blocks when the queue is full (back-pressure, nothing lost); live output
// drops the frame instead and counts it, so the render thread never waits on a sink.
#include "Sink.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace landslide {

enum class QueuePolicy { Block, Drop };

class SinkWorker {
public:
  using Handler = std::function<Expected<void>(const VideoFrame&)>;
  SinkWorker(Handler handler, QueuePolicy policy, size_t capacity = 6);
  ~SinkWorker();
  void push(const VideoFrame& frame);
  void finish(); // drains the queue and joins
  std::optional<std::string> failure() const;
  uint64_t dropped() const { return dropped_.load(); }

private:
  void run();
  Handler handler_;
  QueuePolicy policy_;
  size_t capacity_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<VideoFrame> queue_;
  bool closing_ = false;
  std::optional<std::string> failure_;
  std::atomic<uint64_t> dropped_{0};
  std::thread thread_;
};

} // namespace landslide
