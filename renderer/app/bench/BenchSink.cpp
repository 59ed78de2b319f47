#include "BenchSink.h"

namespace landslide::bench {

BenchSink::BenchSink(std::shared_ptr<Tally> tally, PixelFormat format)
    : format_(format), tally_(std::move(tally)),
      worker_([this](const VideoFrame& f) { return receive(f); }, QueuePolicy::Block, format_) {}

Expected<void> BenchSink::receive(const VideoFrame& frame) {
  const auto start = std::chrono::steady_clock::now();
  uint64_t sum = 0;
  if (!frame.repeated && frame.pixels) {
    // One word per cache line: every line of the frame is read once, as a writer would.
    const std::vector<uint8_t>& px = *frame.pixels;
    for (std::size_t i = 0; i + 8 <= px.size(); i += 64) sum += px[i] | uint64_t(px[i + 3]) << 8;
  }
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  Tally& t = *tally_;
  std::lock_guard lock(t.mutex);
  t.checksum += sum;
  ++t.frames;
  if (frame.repeated)
    ++t.repeated;
  else
    t.sinkMs.push_back(ms);
  if (!t.firstFrameAt) t.firstFrameAt = start;
  return {};
}

Expected<void> BenchSink::finish() {
  worker_.finish();
  if (auto f = worker_.failure()) return Problem::error("", "", "bench sink: " + *f, "output-failed");
  return {};
}

} // namespace landslide::bench
