#include "SinkWorker.h"
#include "PixelConvert.h"

#include <chrono>

namespace landslide {

SinkWorker::SinkWorker(Handler handler, QueuePolicy policy, PixelFormat format, size_t capacity)
    : handler_(std::move(handler)), format_(format),
      worker_(capacity, policy, [this](VideoFrame& frame) { return handle(frame); }) {}

SinkWorker::~SinkWorker() { finish(); }

// After a failure the worker's queue is closed: frames are refused, a blocked push returns.
void SinkWorker::push(const VideoFrame& frame) { worker_.push(frame); }

void SinkWorker::finish() { worker_.finish(); }

std::optional<std::string> SinkWorker::failure() const {
  std::lock_guard lock(mutex_);
  return failure_;
}

void SinkWorker::convert(const VideoFrame& frame) {
  if (frame.format == format_ || frame.format != PixelFormat::Premultiplied) { // nothing to convert
    lastConverted_ = frame;
    lastSource_ = frame.pixels;
    buffer_.reset();
    return;
  }
  const auto start = std::chrono::steady_clock::now();
  // Damage tracking: when the frame before it is the one converted last, only the rows
  // that changed are converted.
  const size_t bytes = size_t(formatWidth(format_, frame.width)) * size_t(frame.height) * 4;
  const bool incremental =
      frame.base && lastSource_ && frame.base == lastSource_.get() && buffer_ && buffer_->size() == bytes;
  lastConverted_.pixels.reset();
  if (!buffer_ || buffer_.use_count() > 1 || buffer_->size() != bytes) // a handler kept it: a new one
    buffer_ =
        incremental ? std::make_shared<std::vector<uint8_t>>(*buffer_) : std::make_shared<std::vector<uint8_t>>(bytes);
  if (incremental)
    convertRows(frame.pixels->data(), frame.width, frame.changedFirstRow, frame.changedEndRow, format_,
                buffer_->data());
  else
    convertRows(frame.pixels->data(), frame.width, 0, frame.height, format_, buffer_->data());
  lastConverted_ = frame;
  lastConverted_.format = format_;
  lastConverted_.width = formatWidth(format_, frame.width);
  lastConverted_.pixels = buffer_;
  lastSource_ = frame.pixels;
  if (recordingConvertTimes())
    noteConvertTime(frame.number,
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
}

bool SinkWorker::handle(const VideoFrame& frame) {
  if (frame.pixels != lastSource_) convert(frame);
  VideoFrame converted = lastConverted_;
  converted.number = frame.number;
  converted.repeated = frame.repeated;
  auto handled = handler_(converted);
  if (handled) return true;
  std::lock_guard lock(mutex_);
  failure_ = handled.error();
  return false;
}

} // namespace landslide
