#pragma once
// A worker thread with a bounded queue of frames, shared by the CPU sinks. Offline
// rendering blocks when the queue is full (back-pressure, nothing lost); live output
// drops the frame instead and counts it, so the render thread never waits on a sink.
// Frames arrive premultiplied and are converted to the sink's format here, on the
// worker, in parallel with the next frame's draw. The thread is the one worker shape
// (feeds/base/Worker.h).
#include "Sink.h"

#include "feeds/base/Worker.h"

#include <functional>
#include <mutex>

namespace landslide {

using QueuePolicy = Overflow;

class SinkWorker {
public:
  using Handler = std::function<Expected<void>(const VideoFrame&)>;
  // handler gets frames in `format`.
  SinkWorker(Handler handler, QueuePolicy policy, PixelFormat format, size_t capacity = 6);
  ~SinkWorker();
  void push(const VideoFrame& frame);
  void finish(); // drains the queue and joins
  std::optional<std::string> failure() const;
  uint64_t dropped() const { return worker_.dropped(); }

private:
  bool handle(const VideoFrame& frame);
  Handler handler_;
  PixelFormat format_;
  void convert(const VideoFrame& frame);
  // The last conversion, reused while the program repeats the same pixels; its buffer is
  // converted in place next time (only the changed rows) unless a handler kept it.
  std::shared_ptr<const std::vector<uint8_t>> lastSource_;
  std::shared_ptr<std::vector<uint8_t>> buffer_;
  VideoFrame lastConverted_;
  mutable std::mutex mutex_;
  std::optional<std::string> failure_;
  Worker<VideoFrame> worker_; // last: its thread uses the members above
};

} // namespace landslide
