#pragma once
// What the live engine draws each tick into. On air it is the GL program channel
// (ChannelProducer); the engine tests give it a CPU draw list instead, so that
// LiveEngine::tick (commands, feed revisions, the journal) runs without a GL context.
#include "program/RenderSetup.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace landslide {

class FrameProducer {
public:
  virtual ~FrameProducer() = default;
  virtual const ChannelConfig& config() const = 0;
  virtual void renderFrame(int64_t frame, const ProgramChannel::Compose& compose, bool redraw) = 0;
  virtual uint64_t framesDrawn() const = 0;
  virtual void addSink(std::unique_ptr<Sink> sink) = 0;
  virtual const std::vector<std::unique_ptr<Sink>>& sinks() const = 0;
  // The GL context follows the render thread: made current there at start, released at stop.
  virtual void makeCurrent() {}
  virtual void releaseCurrent() {}
  // The GL channel, for the frame hook (program windows, monitors); null without GL.
  virtual ProgramChannel* channel() { return nullptr; }
};

// The program channel and context of a RenderSetup.
class ChannelProducer final : public FrameProducer {
public:
  explicit ChannelProducer(RenderSetup& setup) : setup_(setup) {}
  const ChannelConfig& config() const override { return setup_.channel->config(); }
  void renderFrame(int64_t frame, const ProgramChannel::Compose& compose, bool redraw) override {
    setup_.channel->renderFrame(frame, compose, redraw);
  }
  uint64_t framesDrawn() const override { return setup_.channel->framesDrawn(); }
  void addSink(std::unique_ptr<Sink> sink) override { setup_.channel->addSink(std::move(sink)); }
  const std::vector<std::unique_ptr<Sink>>& sinks() const override { return setup_.channel->sinks(); }
  void makeCurrent() override { setup_.context->makeCurrent(); }
  void releaseCurrent() override { setup_.context->releaseCurrent(); }
  ProgramChannel* channel() override { return setup_.channel.get(); }

private:
  RenderSetup& setup_;
};

} // namespace landslide
