#include "BenchCommand.h"
#include "bench/BenchFeeds.h"
#include "bench/BenchReport.h"
#include "bench/ProcessStats.h"
#include "live/FeedFiles.h"

#include <chrono>
#include <cstdio>
#include <map>
#include <thread>

namespace landslide {

namespace {

using namespace bench;

struct BenchArgs {
  std::string scene, feed, contest, size = "1920x1080", gl = "auto", theme, loop = "update";
  int frames = 120, parseRuns = 20, landings = 6;
  bool json = false;
};

// The standard on-air scenes: every registered scene but the test card.
std::vector<std::string> standardScenes(const SceneRegistry& registry) {
  std::vector<std::string> names;
  for (const auto& s : registry.all())
    if (s->name() != "test-card") names.emplace_back(s->name());
  return names;
}

int runBench(const BenchArgs& a) {
  using Clock = std::chrono::steady_clock;
  const auto processStart = Clock::now() - std::chrono::duration_cast<Clock::duration>(
                                               std::chrono::duration<double>(secondsSinceProcessStart()));
  auto fail = [](const std::string& why) { return std::fprintf(stderr, "landslide bench: %s\n", why.c_str()), 2; };
  auto size = parseFrameSize(a.size);
  if (!size) return fail(size.error());
  if (a.loop != "update" && a.loop != "entrance") return fail("--loop must be 'update' or 'entrance'");
  const HeadlessPlatform platform = a.gl == "device"        ? HeadlessPlatform::Device
                                    : a.gl == "surfaceless" ? HeadlessPlatform::Surfaceless
                                                            : headlessPlatformFromEnvironment();
  SceneRegistry registry;
  std::vector<std::string> scenes = a.scene.empty() ? standardScenes(registry) : std::vector<std::string>{a.scene};
  for (const std::string& s : scenes)
    if (!registry.find(s)) return fail("unknown scene '" + s + "'");

  // Feeds are loaded when a scene first needs one, so the first frame waits only for its own.
  std::map<std::string, BenchFeed> feeds;
  auto feedFor = [&](const std::string& file) -> const BenchFeed& {
    auto it = feeds.find(file);
    if (it == feeds.end()) it = feeds.emplace(file, loadBenchFeed(file)).first;
    return it->second;
  };

  BenchReport report;
  report.size = std::to_string(size->width) + "x" + std::to_string(size->height);
  report.loop = a.loop;
  report.cpus = int(std::thread::hardware_concurrency());
  for (const std::string& name : scenes) {
    const Scene* scene = registry.find(name);
    SceneRequest req;
    req.scene = name;
    req.size = *size;
    req.platform = platform;
    req.theme = a.theme;
    req.frames = a.frames;
    req.loop = a.loop == "entrance" ? LoopKind::Entrance : LoopKind::EntranceAndUpdate;
    if (name != "test-card" || !a.feed.empty()) {
      const std::string file = !a.feed.empty() ? a.feed : scene->showsOneContest() ? seatSample() : nationalSample();
      const BenchFeed& feed = feedFor(file);
      if (!feed.error.empty()) return fail(feed.error);
      req.feed = &feed;
      req.contest = !a.contest.empty()          ? a.contest
                    : !scene->showsOneContest() ? ""
                    : a.feed.empty()            ? kMidBedfordshire
                                                : firstContestId(*feed.data);
    }
    if (!a.json) std::fprintf(stderr, "landslide bench: %s …\n", name.c_str());
    SceneResult result = benchScene(req);
    if (report.gl.empty()) report.gl = result.gl;
    if (!report.startToFirstFrameMs && result.firstFrameAt)
      report.startToFirstFrameMs =
          std::chrono::duration<double, std::milli>(*result.firstFrameAt - processStart).count();
    if (!result.error.empty() && scenes.size() == 1) return fail(result.error);
    report.scenes.push_back(std::move(result));
  }

  if (!a.json) std::fprintf(stderr, "landslide bench: parse + validate + derive …\n");
  report.feedParse = benchFeedParse(nationalSample(), a.parseRuns);
  if (a.landings > 0) {
    if (!a.json) std::fprintf(stderr, "landslide bench: feed-to-air …\n");
    FeedToAirRequest req;
    req.feedFile = seatSample();
    req.contest = kMidBedfordshire;
    req.size = *size;
    req.platform = platform;
    req.theme = a.theme;
    req.landings = a.landings;
    report.feedToAir = benchFeedToAir(req);
  }
  std::fputs((a.json ? reportJson(report) : reportTable(report)).c_str(), stdout);
  for (const SceneResult& s : report.scenes)
    if (!s.error.empty()) return 1;
  return 0;
}

} // namespace

void addBenchCommand(CLI::App& app, int& exitCode) {
  auto args = std::make_shared<BenchArgs>();
  CLI::App* cmd = app.add_subcommand(
      "bench",
      "Benchmarks the standard scenes through the full pipeline, the feed and feed-to-air (docs/PERFORMANCE.md)");
  cmd->add_option("--scene", args->scene, "One scene (default: every standard on-air scene)");
  cmd->add_option("--feed", args->feed, "Feed file (default: the bundled sample each scene is measured on)");
  cmd->add_option("--contest", args->contest, "Contest (default: Mid Bedfordshire, or the feed's first)");
  cmd->add_option("--size", args->size)->capture_default_str();
  cmd->add_option("--frames", args->frames, "Animated frames measured per scene (after 10 warm-up frames)")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--loop", args->loop, "update: entrance and data update in turn; entrance: the entrance alone")
      ->capture_default_str();
  cmd->add_option("--parse-runs", args->parseRuns, "Parses of the 650-seat feed timed")
      ->capture_default_str()
      ->check(CLI::Range(1, 10000));
  cmd->add_option("--landings", args->landings, "New feed files timed to air (0: skip feed-to-air)")
      ->capture_default_str()
      ->check(CLI::Range(0, 1000));
  cmd->add_option("--gl", args->gl, "auto, device or surfaceless")->capture_default_str();
  cmd->add_option("--theme", args->theme, "Theme file (default: assets/themes/default.json)");
  cmd->add_flag("--json", args->json, "JSON on stdout instead of the table");
  cmd->callback([args, &exitCode] { exitCode = runBench(*args); });
}

} // namespace landslide
