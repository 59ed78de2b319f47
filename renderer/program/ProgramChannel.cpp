#include "ProgramChannel.h"

#include "canvas/DrawListSetup.h"

#include <imgui.h>

#include <chrono>
#include <cstdint>

namespace landslide {

namespace {
double msSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}
} // namespace

ProgramChannel::ProgramChannel(const ChannelConfig& config, FontBank& fonts)
    : config_(config), fonts_(fonts), shared_(std::make_unique<ImDrawListSharedData>()) {
  ImFontAtlas& atlas = fonts_.atlas();
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  atlas.GetTexDataAsAlpha8(&pixels, &w, &h);
  atlasTexture_ = uploadAlphaTexture(pixels, w, h);
  atlas.SetTexID(reinterpret_cast<ImTextureID>(intptr_t(atlasTexture_)));

  configureDrawListData(*shared_, fonts_, config.width, config.height);
  list_ = std::make_unique<ImDrawList>(shared_.get());

  // Nearest: the post pass samples texel centres 1:1, so un-premultiplying is exact.
  program_ = std::make_unique<ColourTarget>(config.width, config.height, GL_NEAREST);
}

ProgramChannel::~ProgramChannel() {
  finish();
  outputs_.clear();
  for (PendingQueries& p : queries_) glDeleteQueries(3, p.q);
  glDeleteTextures(1, &atlasTexture_);
}

void ProgramChannel::addSink(std::unique_ptr<Sink> sink) {
  output(sink->format());
  sinks_.push_back(std::move(sink));
}

ProgramChannel::Output& ProgramChannel::output(PixelFormat format) {
  Output& out = outputs_[format];
  if (!out.target) {
    int w = formatWidth(format, config_.width);
    out.target = std::make_unique<ColourTarget>(w, config_.height, GL_LINEAR);
    out.readback = std::make_unique<Readback>(w, config_.height);
  }
  return out;
}

const ColourTarget& ProgramChannel::postTarget(PixelFormat format) { return *output(format).target; }

void ProgramChannel::drawProgram(const Compose& compose) {
  beginProgramDrawList(*list_, fonts_, config_.width, config_.height);
  Canvas canvas(*list_, fonts_, config_.width, config_.height);
  compose(canvas);
  list_->PopTextureID();
  list_->PopClipRect();

  glBindFramebuffer(GL_FRAMEBUFFER, program_->framebuffer());
  glViewport(0, 0, config_.width, config_.height);
  glDisable(GL_SCISSOR_TEST);
  // Premultiplied backdrop (opaque) or transparent black.
  Rgba c = config_.clear.value_or(Rgba{0, 0, 0, 0});
  glClearColor(c.r * c.a, c.g * c.a, c.b * c.a, c.a);
  glClear(GL_COLOR_BUFFER_BIT);
  drawer_.render(*list_, config_.width, config_.height);
}

void ProgramChannel::deliver(PixelFormat format, int64_t frame, std::shared_ptr<const std::vector<uint8_t>> pixels,
                             bool repeated) {
  const int w = formatWidth(format, config_.width);
  VideoFrame vf{frame, w, config_.height, std::move(pixels), repeated};
  for (auto& sink : sinks_)
    if (sink->format() == format) sink->push(vf);
}

void ProgramChannel::renderFrame(int64_t frame, const Compose& compose, bool redraw) {
  redraw = redraw || !drawnOnce_;
  PendingQueries pq{};
  if (measure_ && redraw) glGenQueries(3, pq.q);

  if (redraw) {
    auto buildStart = std::chrono::steady_clock::now();
    if (measure_) glBeginQuery(GL_TIME_ELAPSED, pq.q[0]);
    drawProgram(compose);
    if (measure_) glEndQuery(GL_TIME_ELAPSED);
    pq.cpu.buildCpu = msSince(buildStart);
    pq.cpu.vertices = list_->VtxBuffer.Size;
    drawnOnce_ = true;
    ++framesDrawn_;
  }
  // Frame N−1's pixels are mapped while the GPU works on frame N; delivered before frame
  // N's own, so sinks see frames in order.
  auto collectStart = std::chrono::steady_clock::now();
  for (auto& [format, out] : outputs_)
    while (out.readback->pending()) {
      auto got = out.readback->collectOldest();
      out.lastPixels = got->second;
      out.lastFrame = got->first;
      deliver(format, got->first, got->second, false);
    }
  pq.cpu.collectCpu = msSince(collectStart);

  for (auto& [format, out] : outputs_) {
    if (!redraw && out.lastPixels) {
      deliver(format, frame, out.lastPixels, true);
      continue;
    }
    if (measure_ && redraw) glBeginQuery(GL_TIME_ELAPSED, pq.q[1]);
    post_.run(program_->texture(), config_.width, config_.height, format, *out.target);
    if (measure_ && redraw) glEndQuery(GL_TIME_ELAPSED);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, out.target->framebuffer());
    if (measure_ && redraw) glBeginQuery(GL_TIME_ELAPSED, pq.q[2]);
    out.readback->capture(frame);
    if (measure_ && redraw) glEndQuery(GL_TIME_ELAPSED);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
  }
  if (measure_ && redraw) queries_.push_back(pq);
}

std::vector<StageTimes> ProgramChannel::takeStageTimes() {
  std::vector<StageTimes> times;
  for (PendingQueries& p : queries_) {
    StageTimes t = p.cpu;
    double* slots[3] = {&t.draw, &t.post, &t.readback};
    for (int i = 0; i < 3; ++i) {
      GLuint64 ns = 0;
      if (glIsQuery(p.q[i])) glGetQueryObjectui64v(p.q[i], GL_QUERY_RESULT, &ns);
      *slots[i] = double(ns) / 1e6;
    }
    glDeleteQueries(3, p.q);
    times.push_back(t);
  }
  queries_.clear();
  return times;
}

std::vector<std::string> ProgramChannel::finish() {
  for (auto& [format, out] : outputs_)
    while (out.readback && out.readback->pending()) {
      auto got = out.readback->collectOldest();
      out.lastPixels = got->second;
      deliver(format, got->first, got->second, false);
    }
  std::vector<std::string> errors;
  for (auto& sink : sinks_) {
    if (auto finished = sink->finish(); !finished) errors.push_back(finished.error());
  }
  sinks_.clear();
  return errors;
}

std::optional<std::string> ProgramChannel::sinkFailure() const {
  for (const auto& sink : sinks_)
    if (auto f = sink->failure()) return f;
  return std::nullopt;
}

} // namespace landslide
