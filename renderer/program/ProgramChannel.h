#pragma once
// The program channel: one RGBA8 framebuffer holding premultiplied colour at the output
// size, drawn from a Dear ImGui draw list, post-processed on the GPU for each pixel format
// its sinks want, and read back asynchronously for the CPU sinks. When nothing moved and
// no data changed the program is not redrawn: sinks get the last frame again.
#include "PostPass.h"
#include "Readback.h"
#include "gl/DrawListRenderer.h"
#include "output/Sink.h"

#include "FrameRate.h"
#include "canvas/Canvas.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

struct ImDrawList;
struct ImDrawListSharedData;

namespace landslide {

struct ChannelConfig {
  int width = 1920, height = 1080;
  FrameRate rate;
  std::optional<Rgba> clear; // an opaque backdrop, or transparent
};

// GPU time of each stage of one drawn frame (timer queries), in milliseconds.
struct StageTimes {
  double draw = 0, post = 0, readback = 0;
  double buildCpu = 0;   // building the draw list on the CPU
  double collectCpu = 0; // mapping and copying the previous frame's pixels
  int vertices = 0;
};

class ProgramChannel {
public:
  ProgramChannel(const ChannelConfig& config, FontBank& fonts); // needs a current GL context
  ~ProgramChannel();
  ProgramChannel(const ProgramChannel&) = delete;
  ProgramChannel& operator=(const ProgramChannel&) = delete;

  void addSink(std::unique_ptr<Sink> sink);
  const std::vector<std::unique_ptr<Sink>>& sinks() const { return sinks_; }

  using Compose = std::function<void(Canvas&)>;
  // Draws the program when redraw is true (or on the first frame), then feeds the sinks.
  void renderFrame(int64_t frame, const Compose& compose, bool redraw);
  // Collects outstanding read-backs and closes every sink; returns the sink errors.
  std::vector<std::string> finish();
  std::optional<std::string> sinkFailure() const;

  GLuint programTexture() const { return program_->texture(); }
  GLuint programFramebuffer() const { return program_->framebuffer(); }
  // Post-processed picture for a format (top-first rows), e.g. for a window or monitor.
  const ColourTarget& postTarget(PixelFormat format);
  const ImDrawList& drawList() const { return *list_; }
  const ChannelConfig& config() const { return config_; }
  uint64_t framesDrawn() const { return framesDrawn_; }

  // Timer queries per stage for benchmarks; results collected by takeStageTimes().
  void measureStages(bool on) { measure_ = on; }
  std::vector<StageTimes> takeStageTimes();

private:
  struct Output {
    std::unique_ptr<ColourTarget> target;
    std::unique_ptr<Readback> readback;
    std::shared_ptr<const std::vector<uint8_t>> lastPixels;
    int64_t lastFrame = -1;
  };
  Output& output(PixelFormat format);
  void deliver(PixelFormat format, int64_t frame, std::shared_ptr<const std::vector<uint8_t>> pixels, bool repeated);
  void drawProgram(const Compose& compose);

  ChannelConfig config_;
  FontBank& fonts_;
  GLuint atlasTexture_ = 0;
  std::unique_ptr<ColourTarget> program_; // premultiplied, bottom-up rows
  std::unique_ptr<ImDrawListSharedData> shared_;
  std::unique_ptr<ImDrawList> list_;
  DrawListRenderer drawer_;
  PostPass post_;
  std::vector<std::unique_ptr<Sink>> sinks_;
  std::map<PixelFormat, Output> outputs_;
  bool drawnOnce_ = false;
  uint64_t framesDrawn_ = 0;

  bool measure_ = false;
  struct PendingQueries {
    GLuint q[3];
    StageTimes cpu;
  };
  std::vector<PendingQueries> queries_;
};

} // namespace landslide
