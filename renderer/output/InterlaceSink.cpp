#include "InterlaceSink.h"
#include "Weave.h"

namespace landslide {

InterlaceSink::InterlaceSink(std::unique_ptr<Sink> inner, QueuePolicy policy)
    : inner_(std::move(inner)),
      worker_([this](const VideoFrame& p) { return take(p); }, policy, PixelFormat::Premultiplied) {}

InterlaceSink::~InterlaceSink() { (void)finish(); }

Expected<void> InterlaceSink::take(const VideoFrame& picture) {
  const bool top = picture.number % 2 == 0;
  if (top) {
    if (pendingTop_) emit(*pendingTop_, *pendingTop_); // its bottom field never came
    pendingTop_ = picture;
  } else if (pendingTop_ && pendingTop_->number / 2 == picture.number / 2) {
    emit(*pendingTop_, picture);
    pendingTop_.reset();
  } else {
    if (pendingTop_) emit(*pendingTop_, *pendingTop_);
    pendingTop_.reset();
    emit(picture, picture); // its top field never came
  }
  if (auto f = inner_->failure()) return Problem::error("", "", *f, "output-failed");
  return {};
}

void InterlaceSink::emit(const VideoFrame& top, const VideoFrame& bottom) {
  // Woven as drawn (premultiplied, so the low-pass mixes no colour from clear pixels);
  // the inner sink's worker converts to its own format.
  VideoFrame frame{top.number / 2, top.width, top.height, nullptr, false};
  frame.format = PixelFormat::Premultiplied;
  if (lastWoven_ && top.pixels == lastTop_ && bottom.pixels == lastBottom_) {
    frame.pixels = lastWoven_; // nothing changed in either field
    frame.repeated = true;
  } else {
    lastWoven_ = std::make_shared<const std::vector<uint8_t>>(
        weaveFields(*top.pixels, *bottom.pixels, top.width, top.height, WeaveAlpha::Premultiplied));
    lastTop_ = top.pixels;
    lastBottom_ = bottom.pixels;
    frame.pixels = lastWoven_;
  }
  inner_->push(frame);
}

Expected<void> InterlaceSink::finish() {
  if (finished_) return {};
  finished_ = true;
  worker_.finish();
  if (pendingTop_ && !worker_.failure()) emit(*pendingTop_, *pendingTop_); // the last frame's top field alone
  pendingTop_.reset();
  Expected<void> inner = inner_->finish();
  if (auto f = worker_.failure(); f && inner) return Problem::error("", "", *f, "output-failed");
  return inner;
}

std::optional<std::string> InterlaceSink::failure() const {
  if (auto f = inner_->failure()) return f;
  return worker_.failure();
}

} // namespace landslide
