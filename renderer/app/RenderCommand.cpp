#include "RenderCommand.h"
#include "AsRunRender.h"
#include "OfflineRender.h"
#include "live/FeedFiles.h"
#include "program/ChannelArgs.h"

#include "output/FileSinks.h"
#include "playout/Playout.h"
#include "playout/PrepareItem.h"
#include "playout/Steps.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>

namespace landslide {

namespace {

constexpr int kLayer = 10;

struct RenderArgs {
  ChannelArgs channel;
  std::string feed, scene, contest, frames, steps, theme;
  std::vector<std::string> options;
  double at = -1;
  std::string asRun, feedHistory; // render --as-run: a recorded night instead of one scene
};

int fail(const std::string& message) {
  std::fprintf(stderr, "landslide render: %s\n", message.c_str());
  return 2;
}

// --option KEY=VALUE: VALUE as JSON when it parses (numbers, true), else as a string.
Expected<nlohmann::json> parseOptions(const std::vector<std::string>& options) {
  nlohmann::json out = nlohmann::json::object();
  for (const std::string& o : options) {
    auto eq = o.find('=');
    if (eq == std::string::npos || eq == 0)
      return Problem::error("", "", "--option '" + o + "': expected KEY=VALUE", "bad-option");
    std::string value = o.substr(eq + 1);
    nlohmann::json parsed = nlohmann::json::parse(value, nullptr, false);
    out[o.substr(0, eq)] = parsed.is_discarded() ? nlohmann::json(value) : parsed;
  }
  return out;
}

bool parseFrames(const std::string& text, int64_t& first, int64_t& last) {
  auto colon = text.find(':');
  if (colon == std::string::npos) return false;
  auto num = [](std::string_view s, int64_t& v) {
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() && end == s.data() + s.size() && v >= 0 && v <= 10'000'000;
  };
  return num(std::string_view(text).substr(0, colon), first) && num(std::string_view(text).substr(colon + 1), last) &&
         first <= last;
}

int runAsRun(const RenderArgs& a) {
  if (!a.scene.empty() || !a.feed.empty() || !a.steps.empty() || a.at >= 0)
    return fail("--as-run replays a recorded night: give it with --feed-history, not --scene, --feed, --steps or --at");
  AsRunRenderArgs args{a.channel, a.theme, a.asRun, a.feedHistory, std::nullopt};
  if (!a.frames.empty()) {
    int64_t first = 0, last = 0;
    if (!parseFrames(a.frames, first, last))
      return fail("--frames '" + a.frames + "': expected FIRST:LAST frame numbers");
    args.frames = {first, last};
  }
  return renderAsRun(args);
}

int runRender(const RenderArgs& a) {
  if (!a.asRun.empty()) return runAsRun(a);
  if (!a.feedHistory.empty()) return fail("--feed-history goes with --as-run LOG");
  if (a.scene.empty()) return fail("--scene is required (or --as-run LOG --feed-history DIR)");
  SceneRegistry registry;
  const Scene* scene = registry.find(a.scene);
  if (!scene) return fail("unknown scene '" + a.scene + "' (landslide scenes lists them)");
  auto plan = planChannel(a.channel, "windows belong to landslide console; render writes files and streams");
  if (!plan) return fail(plan.error());
  const FrameRate* rate = &plan->rate;
  const FrameSize* size = &plan->size;
  StepsParse steps = parseSteps(a.steps, *rate);
  if (!steps.error.empty()) return fail(steps.error);
  auto parsedOptions = parseOptions(a.options);
  if (!parsedOptions) return fail(parsedOptions.error());
  nlohmann::json& options = *parsedOptions;
  // Checked before anything is set up: "--option /topN: must be an integer from 1 to 20".
  Expected<LayerItem> item = prepareItem(registry, {a.scene, "", options});
  if (!item) return fail("--option " + item.problem().toString());

  // Data: the feed and every update named in the steps, all checked before rendering.
  std::vector<std::string> errors, warnings;
  SnapshotPtr data;
  if (!a.feed.empty()) {
    data = loadFeedFile(a.feed, errors, warnings);
    if (!data) {
      for (const auto& e : errors) std::fprintf(stderr, "%s\n", e.c_str());
      return fail("feed " + a.feed + " was rejected");
    }
  }
  std::map<std::string, SnapshotPtr> updates;
  for (const Step& s : steps.steps)
    if (s.kind == Step::Kind::Update && !updates.count(s.argument)) {
      SnapshotPtr u = loadFeedFile(s.argument, errors, warnings);
      if (!u) {
        for (const auto& e : errors) std::fprintf(stderr, "%s\n", e.c_str());
        return fail("--steps '" + s.text + "': feed " + s.argument + " was rejected");
      }
      updates[s.argument] = u;
    }
  for (const auto& w : warnings) std::fprintf(stderr, "landslide: warning: %s\n", w.c_str());
  std::string contest = a.contest;
  if (data && contest.empty()) contest = firstContestId(*data);
  contest = normalisedContest(contest);
  if (data && !bindsLatest(contest) && !hasContest(*data, contest))
    return fail("--contest '" + contest + "': not in " + a.feed);
  // "latest" follows the newest declaration through the steps' updates; with none yet the
  // layer draws nothing until one lands, as on air.
  if (data && bindsLatest(contest) && !data->latestDeclared())
    std::fprintf(stderr,
                 "landslide render: nothing has declared in %s yet: the layer waits for the first declaration\n",
                 a.feed.c_str());

  int64_t first = 0, last = 0;
  if (a.at >= 0 && !a.frames.empty()) return fail("give --at or --frames, not both");
  if (a.at >= 0) {
    first = last = rate->frameAt(a.at);
  } else if (!a.frames.empty()) {
    if (!parseFrames(a.frames, first, last))
      return fail("--frames '" + a.frames + "': expected FIRST:LAST frame numbers");
  } else {
    int64_t end = steps.steps.empty() ? 0 : steps.steps.back().frame;
    last = end + rate->frameAt(4.0); // the whole timeline and four seconds more
  }
  for (const OutputSpec& o : plan->files)
    if (o.kind == OutputKind::PngFile && last != first)
      return fail("--out '" + o.text + "' holds one frame: give --at SECONDS, or use DIR/ for a sequence");

  auto setup = setUpRendering({plan->size, plan->rate, a.theme, plan->platform});
  if (!setup) return fail(setup.error());
  if (auto attached = attachFileSinks(*plan, QueuePolicy::Block, *setup->channel); !attached)
    return fail(attached.error());

  Playout playout(registry, setup->theme, *rate);
  playout.setData(data);
  item->contest = contest;
  if (std::string e = playout.take(kLayer, *item, 0); !e.empty()) return fail(e);

  size_t nextStep = 0;
  OfflineRender render(*setup->channel);
  int status = 0;
  for (int64_t f = 0; f <= last; ++f) {
    for (; nextStep < steps.steps.size() && steps.steps[nextStep].frame <= f; ++nextStep) {
      const Step& s = steps.steps[nextStep];
      std::string e;
      if (s.kind == Step::Kind::Next)
        e = playout.next(kLayer, s.frame);
      else if (s.kind == Step::Kind::Out)
        e = playout.out(kLayer, s.frame);
      else
        playout.update(updates[s.argument], s.frame);
      if (!e.empty()) return fail("--steps '" + s.text + "': " + e);
    }
    playout.retire(f);
    if (f < first) continue;
    if (!render.frame(f, playout)) {
      status = 1;
      break;
    }
  }
  if (!render.finish()) status = 1;
  if (status == 0)
    std::fprintf(stderr, "landslide render: %lld %s of '%s' at %dx%d %s fps\n",
                 static_cast<long long>(last - first + 1), rate->interlaced ? "field picture(s)" : "frame(s)",
                 a.scene.c_str(), size->width, size->height, rate->toString().c_str());
  return status;
}

} // namespace

void addRenderCommand(CLI::App& app, int& exitCode) {
  auto args = std::make_shared<RenderArgs>();
  CLI::App* cmd = app.add_subcommand("render", "Render a scene offline to files or a stream");
  cmd->add_option("--feed", args->feed, "Results feed (JSON)");
  cmd->add_option("--scene", args->scene, "Scene name (see: landslide scenes); required unless --as-run");
  cmd->add_option("--contest", args->contest,
                  "Contest id, or latest (the newest declared seat; default: the feed's first)");
  cmd->add_option("--size", args->channel.size, "Output size WxH")->capture_default_str();
  cmd->add_option("--fps", args->channel.fps, "Frame rate: 25, 30, 50, 60, 29.97, 59.94, N/D; interlaced 50i, 59.94i")
      ->capture_default_str();
  cmd->add_option("--timecode", args->channel.timecode,
                  "First frame's timecode HH:MM:SS:FF (;FF drop-frame); default: the time of day");
  cmd->add_option("--at", args->at, "Render the one frame this many seconds after TAKE");
  cmd->add_option("--frames", args->frames, "Render frames FIRST:LAST (frame 0 = TAKE)");
  cmd->add_option("--steps", args->steps, "Timeline from TAKE: \"2.5 next; 6 out; 3 update FILE\"");
  cmd->add_option("--out", args->channel.outs,
                  "Output: FILE.png, DIR/, FILE.mov, FILE.mp4, -, ffmpeg:ARGS; alpha: …:straight or …:premultiplied")
      ->required();
  cmd->add_option("--key", args->channel.key, "Key outputs: sbs (fill|key) or only")->capture_default_str();
  cmd->add_option("--theme", args->theme, "Theme file (default: assets/themes/default.json)");
  cmd->add_option("--option", args->options, "Scene option KEY=VALUE (e.g. topN=13, caption=\"…\")");
  cmd->add_option("--as-run", args->asRun, "Render a recorded night: the as-run log of a serve or console");
  cmd->add_option("--feed-history", args->feedHistory, "With --as-run: the engine's feed history directory");
  cmd->add_option("--gl", args->channel.gl, "Headless GL: auto, surfaceless or device")->capture_default_str();
  cmd->callback([args, &exitCode] { exitCode = runRender(*args); });
}

void addScenesCommand(CLI::App& app, int& exitCode) {
  CLI::App* cmd = app.add_subcommand("scenes", "List the scene names");
  cmd->callback([&exitCode] {
    SceneRegistry registry;
    for (const auto& s : registry.all())
      std::printf("%-14s %s\n", std::string(s->name()).c_str(), std::string(s->description()).c_str());
    exitCode = 0;
  });
}

} // namespace landslide
