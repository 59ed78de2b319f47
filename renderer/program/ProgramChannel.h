#pragma once
// The program channel: one RGBA8 framebuffer holding premultiplied colour at the output
// size, drawn from a Dear ImGui draw list and read back asynchronously, as it is, for the
// CPU sinks; each sink's worker converts it to the format it wants (no full-frame GPU
// pass: on software GL one costs as much as the draw). When nothing moved and no data
// changed the program is not redrawn: sinks get the last frame again.
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

// Which pipeline draws the program; the defaults are the fast one. The others stay for
// side-by-side benchmarks and the exactness tests ($LANDSLIDE_PIPELINE, see
// pipelineFromEnvironment).
struct PipelineOptions {
  bool gpuPost = false;  // convert on the GPU (a full-frame post pass per format) as before
  bool solidPath = true; // solid triangles drawn without the atlas fetch
  bool damage = true;    // draw, read back and convert only the tiles that changed
};
// "legacy" = GPU post pass, no solid path, no damage tracking; or any of "gpu-post",
// "no-solid", "no-damage", comma-separated.
PipelineOptions pipelineFromEnvironment();

// Time of each stage of one drawn frame in milliseconds: GPU timer queries for draw, post
// and read-back; convert is CPU time on the sink threads (summed over sinks); post is 0
// unless the GPU post pass runs.
struct StageTimes {
  double draw = 0, post = 0, readback = 0, convert = 0;
  double buildCpu = 0;   // building the draw list on the CPU
  double collectCpu = 0; // mapping and copying the previous frame's pixels
  int vertices = 0;
};

class ProgramChannel {
public:
  ProgramChannel(const ChannelConfig& config, FontBank& fonts,
                 PipelineOptions options = pipelineFromEnvironment()); // needs a current GL context
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
  const ImDrawList& drawList() const { return *list_; }
  const ChannelConfig& config() const { return config_; }
  uint64_t framesDrawn() const { return framesDrawn_; }

  // Timer queries per stage for benchmarks; results collected by takeStageTimes() (call it
  // after finish() for the sink threads' convert times to be complete).
  void measureStages(bool on);
  std::vector<StageTimes> takeStageTimes();

private:
  // One read-back per pixel format: Premultiplied (the program as drawn) unless gpuPost.
  struct Output {
    std::unique_ptr<ColourTarget> target; // gpuPost only
    std::unique_ptr<Readback> readback;
    std::shared_ptr<const std::vector<uint8_t>> lastPixels;
    int64_t lastFrame = -1;
  };
  Output& output(PixelFormat format);
  void deliver(PixelFormat format, int64_t frame, std::shared_ptr<const std::vector<uint8_t>> pixels, bool repeated,
               const Readback::Frame* read = nullptr);
  void drawProgram(const Compose& compose);

  PixelFormat readFormat(PixelFormat sinkFormat) const {
    return options_.gpuPost ? sinkFormat : PixelFormat::Premultiplied;
  }

  ChannelConfig config_;
  PipelineOptions options_;
  FontBank& fonts_;
  DamageTracker tracker_;
  std::vector<PixelRect> damage_; // of the frame just drawn; empty: all of it
  bool unchanged_ = false;        // the frame just built drew what the framebuffer holds
  GLuint atlasTexture_ = 0;
  std::unique_ptr<ColourTarget> program_; // premultiplied, bottom-up rows
  std::unique_ptr<ImDrawListSharedData> shared_;
  std::unique_ptr<ImDrawList> list_;
  DrawListRenderer drawer_;
  std::unique_ptr<PostPass> post_; // gpuPost only
  std::vector<std::unique_ptr<Sink>> sinks_;
  std::map<PixelFormat, Output> outputs_;
  size_t convertingSinks_ = 0;
  bool drawnOnce_ = false;
  uint64_t framesDrawn_ = 0;

  bool measure_ = false;
  struct PendingQueries {
    GLuint q[3];
    int64_t frame;
    StageTimes cpu;
  };
  std::vector<PendingQueries> queries_;
};

} // namespace landslide
