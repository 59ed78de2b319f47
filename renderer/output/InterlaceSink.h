#pragma once
// An interlaced output: wraps the real sink and hands it one woven frame for every two
// pictures of the channel (which draws at the field rate). Picture 2k is the top field
// (the earlier one, even lines), picture 2k+1 the bottom field of frame k; weaving and the
// anti-twitter low-pass (Weave.h) run on this sink's own worker thread, never on the
// render thread. A picture whose partner was dropped is woven with itself.
#include "Sink.h"
#include "SinkWorker.h"

#include <memory>

namespace landslide {

class InterlaceSink final : public Sink {
public:
  InterlaceSink(std::unique_ptr<Sink> inner, QueuePolicy policy);
  ~InterlaceSink() override;
  const std::string& spec() const override { return inner_->spec(); }
  // It takes the program as drawn and weaves that; the inner sink converts the woven frame.
  PixelFormat format() const override { return PixelFormat::Premultiplied; }
  void push(const VideoFrame& picture) override { worker_.push(picture); }
  Expected<void> finish() override;
  std::optional<std::string> failure() const override;
  uint64_t framesDropped() const override { return worker_.dropped() + inner_->framesDropped(); }

private:
  Expected<void> take(const VideoFrame& picture);
  void emit(const VideoFrame& top, const VideoFrame& bottom);

  std::unique_ptr<Sink> inner_;
  std::optional<VideoFrame> pendingTop_; // the worker thread's only
  std::shared_ptr<const std::vector<uint8_t>> lastTop_, lastBottom_, lastWoven_;
  bool finished_ = false;
  SinkWorker worker_; // last: its thread uses the members above
};

} // namespace landslide
