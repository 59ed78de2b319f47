#include "ProgramChannel.h"

#include "canvas/DrawListSetup.h"
#include "output/PixelConvert.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <sstream>

namespace landslide {

namespace {
double msSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}
} // namespace

PipelineOptions pipelineFromEnvironment() {
  PipelineOptions o;
  const char* env = std::getenv("LANDSLIDE_PIPELINE");
  std::istringstream words(env ? env : "");
  for (std::string w; std::getline(words, w, ',');) {
    if (w == "legacy") o.gpuPost = true, o.solidPath = false, o.damage = false;
    if (w == "gpu-post") o.gpuPost = true;
    if (w == "no-solid") o.solidPath = false;
    if (w == "no-damage") o.damage = false;
  }
  return o;
}

ProgramChannel::ProgramChannel(const ChannelConfig& config, FontBank& fonts, PipelineOptions options)
    : config_(config), options_(options), fonts_(fonts), tracker_(config.width, config.height),
      shared_(std::make_unique<ImDrawListSharedData>()) {
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
  if (options_.gpuPost) post_ = std::make_unique<PostPass>();
  drawer_.setSolidPath(options_.solidPath);
  drawer_.setAtlas(atlasTexture_, shared_->TexUvWhitePixel);
}

void ProgramChannel::measureStages(bool on) {
  measure_ = on;
  recordConvertTimes(on);
}

ProgramChannel::~ProgramChannel() {
  finish();
  outputs_.clear();
  for (PendingQueries& p : queries_) glDeleteQueries(3, p.q);
  glDeleteTextures(1, &atlasTexture_);
}

void ProgramChannel::addSink(std::unique_ptr<Sink> sink) {
  output(readFormat(sink->format()));
  if (readFormat(sink->format()) != sink->format()) ++convertingSinks_;
  sinks_.push_back(std::move(sink));
}

ProgramChannel::Output& ProgramChannel::output(PixelFormat format) {
  Output& out = outputs_[format];
  if (!out.readback) {
    int w = formatWidth(format, config_.width);
    if (format == PixelFormat::Premultiplied) { // the program itself, GL's bottom-up rows
      out.readback = std::make_unique<Readback>(w, config_.height, true);
    } else {
      out.target = std::make_unique<ColourTarget>(w, config_.height, GL_LINEAR);
      out.readback = std::make_unique<Readback>(w, config_.height);
    }
  }
  return out;
}

void ProgramChannel::drawProgram(const Compose& compose) {
  beginProgramDrawList(*list_, fonts_, config_.width, config_.height);
  Canvas canvas(*list_, fonts_, config_.width, config_.height);
  compose(canvas);
  list_->PopTextureID();
  list_->PopClipRect();

  // Premultiplied backdrop (opaque) or transparent black.
  Rgba c = config_.clear.value_or(Rgba{0, 0, 0, 0});
  damage_.clear();
  unchanged_ = false;
  if (options_.damage) {
    uint32_t salt[4];
    std::memcpy(salt, &c, sizeof salt);
    damage_ = tracker_.update(*list_, uint64_t(salt[0]) << 32 ^ salt[1] ^ uint64_t(salt[2]) << 16 ^ salt[3]);
    if (damage_.empty()) { // the same triangles as the frame in the framebuffer
      unchanged_ = true;
      return;
    }
  }
  glBindFramebuffer(GL_FRAMEBUFFER, program_->framebuffer());
  glViewport(0, 0, config_.width, config_.height);
  glClearColor(c.r * c.a, c.g * c.a, c.b * c.a, c.a);
  if (!options_.damage) {
    glDisable(GL_SCISSOR_TEST);
    glClear(GL_COLOR_BUFFER_BIT);
    drawer_.render(*list_, config_.width, config_.height);
    return;
  }
  glEnable(GL_SCISSOR_TEST); // clear and draw only what changed; the rest is the last frame
  for (const PixelRect& r : damage_) {
    glScissor(r.x0, config_.height - r.y1, r.x1 - r.x0, r.y1 - r.y0);
    glClear(GL_COLOR_BUFFER_BIT);
  }
  glDisable(GL_SCISSOR_TEST);
  drawer_.render(*list_, config_.width, config_.height, &damage_);
}

void ProgramChannel::deliver(PixelFormat format, int64_t frame, std::shared_ptr<const std::vector<uint8_t>> pixels,
                             bool repeated, const Readback::Frame* read) {
  const int w = formatWidth(format, config_.width);
  VideoFrame vf{frame, w, config_.height, std::move(pixels), repeated, format};
  if (read && read->base) {
    vf.base = read->base;
    vf.changedFirstRow = read->firstRow;
    vf.changedEndRow = read->endRow;
  }
  for (auto& sink : sinks_)
    if (readFormat(sink->format()) == format) sink->push(vf);
}

void ProgramChannel::renderFrame(int64_t frame, const Compose& compose, bool redraw) {
  redraw = redraw || !drawnOnce_;
  const bool drawn = redraw; // measured as drawn, even where damage tracking finds no change
  PendingQueries pq{};
  pq.frame = frame;
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
    if (unchanged_) redraw = false; // drawn the same as the last frame: sinks get it again
  }
  // Frame N−1's pixels are mapped while the GPU works on frame N; delivered before frame
  // N's own, so sinks see frames in order.
  auto collectStart = std::chrono::steady_clock::now();
  for (auto& [format, out] : outputs_)
    while (out.readback->pending()) {
      auto got = out.readback->collectOldest();
      out.lastPixels = got->pixels;
      out.lastFrame = got->number;
      deliver(format, got->number, got->pixels, false, &*got);
    }
  pq.cpu.collectCpu = msSince(collectStart);

  for (auto& [format, out] : outputs_) {
    if (!redraw && out.lastPixels) {
      deliver(format, frame, out.lastPixels, true);
      continue;
    }
    if (out.target) {
      if (measure_ && redraw) glBeginQuery(GL_TIME_ELAPSED, pq.q[1]);
      post_->run(program_->texture(), config_.width, config_.height, format, *out.target);
      if (measure_ && redraw) glEndQuery(GL_TIME_ELAPSED);
    }
    glBindFramebuffer(GL_READ_FRAMEBUFFER, out.target ? out.target->framebuffer() : program_->framebuffer());
    if (measure_ && redraw) glBeginQuery(GL_TIME_ELAPSED, pq.q[2]);
    if (out.target || damage_.empty()) {
      out.readback->capture(frame);
    } else {
      int first = config_.height, end = 0;
      for (const PixelRect& r : damage_) first = std::min(first, r.y0), end = std::max(end, r.y1);
      out.readback->capture(frame, first, end);
    }
    if (measure_ && redraw) glEndQuery(GL_TIME_ELAPSED);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
  }
  if (measure_ && drawn) queries_.push_back(pq);
}

std::vector<StageTimes> ProgramChannel::takeStageTimes() {
  std::vector<StageTimes> times;
  auto converts = takeConvertTimes();
  const size_t converting = convertingSinks_; // each adds one time per drawn frame
  for (PendingQueries& p : queries_) {
    StageTimes t = p.cpu;
    if (auto c = converts.find(p.frame); c != converts.end())
      for (size_t i = 0; i < converting && !c->second.empty(); ++i) {
        t.convert += c->second.front();
        c->second.pop_front();
      }
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
      out.lastPixels = got->pixels;
      deliver(format, got->number, got->pixels, false, &*got);
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
