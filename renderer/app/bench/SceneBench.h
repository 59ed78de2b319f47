#pragma once
// One scene through the full pipeline: draw, post pass (conversion), read-back and a
// sink on its own thread that receives every frame, for N animated frames.
#include "AnimatedLoop.h"
#include "BenchFeeds.h"
#include "BenchStats.h"

#include "program/RenderSetup.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace landslide::bench {

// The stages timed by the channel, in pipeline order. Adapting to a new or renamed stage
// in StageTimes (e.g. a conversion measured on the sink thread) is one line here.
struct StageColumn {
  const char* name;
  double StageTimes::*field;
};
inline constexpr StageColumn kStageColumns[] = {
    {"build_cpu", &StageTimes::buildCpu},    // the draw list, on the render thread
    {"draw_gpu", &StageTimes::draw},         // rasterising it (GL timer query)
    {"post_gpu", &StageTimes::post},         // a GPU post pass (only with LANDSLIDE_PIPELINE=gpu-post)
    {"convert_cpu", &StageTimes::convert},   // premultiplied to the sink's format, on the sink thread
    {"readback_gpu", &StageTimes::readback}, // starting the asynchronous read-back
    {"collect_cpu", &StageTimes::collectCpu} // mapping and copying the previous frame's pixels
};

struct SceneRequest {
  std::string scene, contest;
  const BenchFeed* feed = nullptr; // null: the scene draws without data (test card)
  FrameSize size;
  HeadlessPlatform platform = HeadlessPlatform::Auto;
  std::string theme;
  int frames = 120;
  LoopKind loop = LoopKind::EntranceAndUpdate;
};

struct StageResult {
  std::string name;
  Summary ms;
};

struct SceneResult {
  std::string scene, contest, feed, gl;
  std::string error; // why the scene could not be measured ("" when it was)
  int frames = 0;
  bool animated = true; // false: a still scene, redrawn every frame
  uint64_t entrances = 0, updates = 0;
  int vertices = 0; // the most in one frame
  double seconds = 0, fps = 0, cpuMsPerFrame = 0;
  int64_t peakResidentKiB = -1;
  std::vector<StageResult> stages;                                   // kStageColumns, then sink_cpu and frame_wall
  std::optional<std::chrono::steady_clock::time_point> firstFrameAt; // the first frame at the sink
};

SceneResult benchScene(const SceneRequest& request);

} // namespace landslide::bench
