#include "SceneBench.h"
#include "BenchSink.h"
#include "ProcessStats.h"

namespace landslide::bench {

namespace {

constexpr int kWarmUpFrames = 10;
using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

} // namespace

SceneResult benchScene(const SceneRequest& r) {
  SceneResult out;
  out.scene = r.scene;
  out.contest = r.contest;
  out.feed = r.feed ? r.feed->file : "";
  const FrameRate rate{50, 1};
  auto setup = setUpRendering({r.size, rate, r.theme, r.platform});
  if (!setup) return out.error = setup.error(), out;
  out.gl = setup->context->describe();
  SceneRegistry registry;
  Playout playout(registry, setup->theme, rate);
  AnimatedLoop loop(playout, {r.scene, r.contest, {}}, r.feed ? r.feed->data : nullptr,
                    r.feed ? r.feed->revised : nullptr, r.loop);
  if (std::string e = loop.start(0); !e.empty()) return out.error = e, out;
  auto tally = std::make_shared<BenchSink::Tally>();
  setup->channel->addSink(std::make_unique<BenchSink>(tally));
  setup->channel->measureStages(true);

  int64_t frame = 0;
  std::vector<double> wall;
  auto renderOne = [&](bool measured) {
    std::optional<int64_t> next = out.animated ? loop.animatedFrame(frame) : std::nullopt;
    if (!next) out.animated = false; // a still scene: the same frame redrawn
    frame = next.value_or(frame);
    const auto start = Clock::now();
    setup->channel->renderFrame(
        frame, [&](Canvas& c) { playout.draw(frame, c); }, true);
    if (measured) wall.push_back(msBetween(start, Clock::now()));
    ++frame;
  };
  for (int i = 0; i < kWarmUpFrames; ++i) renderOne(false);
  setup->channel->takeStageTimes(); // waits for the warm-up frames' queries: not measured
  resetPeakResident();
  const double cpu0 = processCpuSeconds();
  const auto t0 = Clock::now();
  for (int i = 0; i < r.frames; ++i) renderOne(true);
  for (const std::string& e : setup->channel->finish()) out.error = e; // every frame at the sink
  const auto t1 = Clock::now();
  const double cpu1 = processCpuSeconds();
  out.peakResidentKiB = peakResidentKiB();
  std::vector<StageTimes> times = setup->channel->takeStageTimes();

  out.frames = r.frames;
  out.entrances = loop.entrances();
  out.updates = loop.updates();
  out.seconds = msBetween(t0, t1) / 1000;
  out.fps = out.seconds > 0 ? r.frames / out.seconds : 0;
  out.cpuMsPerFrame = (cpu1 - cpu0) * 1000 / r.frames;
  for (const StageColumn& column : kStageColumns) {
    std::vector<double> ms;
    for (const StageTimes& t : times) ms.push_back(t.*column.field);
    out.stages.push_back({column.name, summarise(ms)});
  }
  for (const StageTimes& t : times) out.vertices = std::max(out.vertices, t.vertices);
  std::lock_guard lock(tally->mutex);
  std::vector<double> sink(tally->sinkMs.begin() + std::min<std::size_t>(kWarmUpFrames, tally->sinkMs.size()),
                           tally->sinkMs.end());
  out.stages.push_back({"sink_cpu", summarise(sink)});
  out.stages.push_back({"frame_wall", summarise(wall)});
  out.firstFrameAt = tally->firstFrameAt;
  if (out.error.empty() && tally->frames != uint64_t(kWarmUpFrames + r.frames))
    out.error = "the sink received " + std::to_string(tally->frames) + " of " +
                std::to_string(kWarmUpFrames + r.frames) + " frames";
  if (out.error.empty() && out.vertices == 0)
    out.error = "scene '" + r.scene + "' drew nothing: give --feed and --contest";
  return out;
}

} // namespace landslide::bench
