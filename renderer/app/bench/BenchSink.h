#pragma once
// The benchmark's output: a CPU sink on its own worker thread, like the file and stream
// sinks, that receives every frame (the queue blocks rather than drop) and reads its
// pixels, so the read-back has a real consumer. It times its own work per frame (the
// "sink" stage) and notes when the first frame arrived.
#include "output/SinkWorker.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace landslide::bench {

class BenchSink final : public Sink {
public:
  // What the sink saw; shared, so it outlives the sink (the channel destroys its sinks
  // when it finishes).
  struct Tally {
    mutable std::mutex mutex;
    uint64_t frames = 0, repeated = 0;
    std::vector<double> sinkMs; // per new (not repeated) frame
    std::optional<std::chrono::steady_clock::time_point> firstFrameAt;
    uint64_t checksum = 0; // keeps the pixel reads from being optimised away
  };
  explicit BenchSink(std::shared_ptr<Tally> tally, PixelFormat format = PixelFormat::Straight);
  const std::string& spec() const override { return spec_; }
  PixelFormat format() const override { return format_; }
  void push(const VideoFrame& frame) override { worker_.push(frame); }
  Expected<void> finish() override;
  std::optional<std::string> failure() const override { return worker_.failure(); }

private:
  Expected<void> receive(const VideoFrame& frame);
  std::string spec_ = "bench";
  PixelFormat format_;
  std::shared_ptr<Tally> tally_;
  SinkWorker worker_; // last: its thread uses the members above
};

} // namespace landslide::bench
