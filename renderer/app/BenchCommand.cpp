#include "BenchCommand.h"
#include "live/FeedFiles.h"
#include "program/RenderSetup.h"

#include "playout/Playout.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace landslide {

namespace {

struct BenchArgs {
  std::string scene = "test-card", feed, contest, size = "1920x1080", gl = "auto", theme;
  int frames = 300;
  double at = 3.0;
};

// Takes the read-back pixels and drops them: the benchmark measures the renderer.
class DiscardSink final : public Sink {
public:
  const std::string& spec() const override { return spec_; }
  PixelFormat format() const override { return PixelFormat::Straight; }
  void push(const VideoFrame&) override { ++frames_; }
  Expected<void> finish() override { return {}; }
  std::optional<std::string> failure() const override { return std::nullopt; }

private:
  std::string spec_ = "discard";
  uint64_t frames_ = 0;
};

struct Summary {
  double median, p99;
};
Summary summarise(std::vector<double> v) {
  if (v.empty()) return {0, 0};
  std::sort(v.begin(), v.end());
  auto at = [&](double q) { return v[std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5))]; };
  return {at(0.5), at(0.99)};
}

int runBench(const BenchArgs& a) {
  auto size = parseFrameSize(a.size);
  if (!size) return std::fprintf(stderr, "landslide bench: %s\n", size.error().c_str()), 2;
  HeadlessPlatform platform = a.gl == "device"        ? HeadlessPlatform::Device
                              : a.gl == "surfaceless" ? HeadlessPlatform::Surfaceless
                                                      : headlessPlatformFromEnvironment();
  FrameRate rate{50, 1};
  std::vector<std::string> errors, warnings;
  SnapshotPtr data;
  if (!a.feed.empty() && !(data = loadFeedFile(a.feed, errors, warnings))) {
    for (auto& e : errors) std::fprintf(stderr, "%s\n", e.c_str());
    return 2;
  }
  auto setup = setUpRendering({*size, rate, a.theme, platform});
  if (!setup) return std::fprintf(stderr, "landslide bench: %s\n", setup.error().c_str()), 2;
  SceneRegistry registry;
  Playout playout(registry, setup->theme, rate);
  playout.setData(data);
  std::string contest = a.contest.empty() && data ? firstContestId(*data) : a.contest;
  if (std::string e = playout.take(10, {a.scene, contest, {}}, 0); !e.empty())
    return std::fprintf(stderr, "landslide bench: %s\n", e.c_str()), 2;
  setup->channel->addSink(std::make_unique<DiscardSink>());
  setup->channel->measureStages(true);

  const int64_t settled = rate.frameAt(a.at);
  std::vector<double> wall;
  for (int i = 0; i < a.frames + 10; ++i) { // ten warm-up frames
    auto start = std::chrono::steady_clock::now();
    setup->channel->renderFrame(
        settled, [&](Canvas& c) { playout.draw(settled, c); }, true);
    if (i >= 10)
      wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  glFinish();
  std::vector<StageTimes> times = setup->channel->takeStageTimes();
  times.erase(times.begin(), times.begin() + std::min<size_t>(10, times.size()));
  setup->channel->finish();

  if (times.empty() || times.back().vertices == 0) // timing an empty frame measures nothing
    return std::fprintf(stderr, "landslide bench: scene '%s' drew nothing at %.2f s: give --feed and --contest\n",
                        a.scene.c_str(), a.at),
           2;

  std::vector<double> draw, post, readback, build, collect;
  for (const StageTimes& t : times) {
    draw.push_back(t.draw);
    post.push_back(t.post);
    readback.push_back(t.readback);
    build.push_back(t.buildCpu);
    collect.push_back(t.collectCpu);
  }
  auto row = [](const char* name, Summary s, bool comma) {
    std::printf("    \"%s\": {\"median_ms\": %.3f, \"p99_ms\": %.3f}%s\n", name, s.median, s.p99, comma ? "," : "");
  };
  std::printf("{\n  \"scene\": \"%s\",\n  \"size\": \"%dx%d\",\n  \"frames\": %zu,\n  \"gl\": \"%s\",\n  \"vertices\": "
              "%d,\n  \"stages\": {\n",
              a.scene.c_str(), size->width, size->height, times.size(), setup->context->describe().c_str(),
              times.empty() ? 0 : times.back().vertices);
  row("draw_gpu", summarise(draw), true);
  row("post_gpu", summarise(post), true);
  row("readback_gpu", summarise(readback), true);
  row("build_cpu", summarise(build), true);
  row("collect_cpu", summarise(collect), true);
  row("frame_wall", summarise(wall), false);
  std::printf("  }\n}\n");
  return 0;
}

} // namespace

void addBenchCommand(CLI::App& app, int& exitCode) {
  auto args = std::make_shared<BenchArgs>();
  CLI::App* cmd = app.add_subcommand("bench", "Per-stage frame times of a scene (GL timer queries)");
  cmd->add_option("--scene", args->scene)->capture_default_str();
  cmd->add_option("--feed", args->feed);
  cmd->add_option("--contest", args->contest);
  cmd->add_option("--size", args->size)->capture_default_str();
  cmd->add_option("--frames", args->frames, "Frames measured (after 10 warm-up frames)")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--at", args->at, "Seconds after TAKE of the frame drawn")->capture_default_str();
  cmd->add_option("--gl", args->gl)->capture_default_str();
  cmd->add_option("--theme", args->theme, "Theme file (default: assets/themes/default.json)");
  cmd->callback([args, &exitCode] { exitCode = runBench(*args); });
}

} // namespace landslide
