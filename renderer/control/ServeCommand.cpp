#include "ServeCommand.h"
#include "ControlServers.h"
#include "ShutdownSignal.h"

#include "feeds/PushFeedSource.h"
#include "live/FeedFiles.h"
#include "output/FileSinks.h"
#include "playout/PrepareItem.h"
#include "program/ChannelArgs.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <thread>

namespace landslide {

namespace {

struct ServeArgs {
  ChannelArgs channel;
  std::vector<std::string> feeds;
  std::string show, theme;
  std::string amcp = "127.0.0.1:5250", http = "127.0.0.1:8088", token;
  std::string stateDir = ".", journal, asRun, feedHistory;
};

int fail(const std::string& message) {
  std::fprintf(stderr, "landslide serve: %s\n", message.c_str());
  return 2;
}

void say(const std::string& message) {
  std::fprintf(stderr, "landslide serve: %s\n", message.c_str());
  std::fflush(stderr);
}

// Waits (bounded) for each file or HTTP source's first document, so that the journal is
// restored against real data and nothing animates in when it arrives a moment later.
void awaitFirstData(const std::vector<std::unique_ptr<FeedSource>>& sources) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  for (const auto& s : sources)
    s->awaitFirst(std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now()));
  for (const auto& s : sources) {
    SourceHealth h = s->health();
    if (!h.lastErrors.empty())
      say("feed " + h.source + ": " + h.lastErrors.front().toString());
    else if (!s->latest())
      say("feed " + h.source + ": no document yet; waiting for it in the background");
  }
}

int runServe(ServeArgs a) {
  std::string error;
  auto plan = planChannel(a.channel, "serve has no display; windows belong to landslide console");
  if (!plan) return fail(plan.error());
  ControlOptions control;
  if (!parseControlOptions(a.amcp, a.http, a.token, control, error)) return fail(error);
  if (!a.show.empty()) {
    ShowLoad show = loadShow(a.show);
    if (!show.show) return fail("--show " + show.error);
    SceneRegistry scenes;
    if (Expected<void> checked = checkShow(*show.show, scenes, a.show); !checked)
      return fail("--show " + checked.error());
    control.show = std::move(show.show);
  }

  std::error_code ec;
  std::filesystem::create_directories(a.stateDir, ec);
  if (ec) return fail("--state-dir '" + a.stateDir + "': " + ec.message());
  EngineConfig config;
  config.journalFile =
      a.journal.empty() ? (std::filesystem::path(a.stateDir) / "landslide-journal.json").string() : a.journal;
  config.asRunFile =
      a.asRun.empty() ? (std::filesystem::path(a.stateDir) / "landslide-as-run.jsonl").string() : a.asRun;
  config.keepLatestFrame = true;
  config.timecode = plan->timecode;
  const std::string feedHistory = a.feedHistory == "off" ? ""
                                  : a.feedHistory.empty()
                                      ? (std::filesystem::path(a.stateDir) / "feed-history").string()
                                      : a.feedHistory;
  if (!installShutdownHandlers()) return fail("cannot install signal handlers");
  std::signal(SIGPIPE, SIG_IGN); // a client gone mid-reply is a write error, not the end of serve

  // Feeds: files and URLs as given, and the push source behind POST /api/feed.
  std::vector<std::unique_ptr<FeedSource>> sources;
  for (const std::string& f : a.feeds) sources.push_back(openFeedSource(f));
  for (auto& s : sources) s->start();
  PushFeedSource push("push");
  push.start();

  // The sources parse their first documents on their own threads while this one bakes
  // the fonts and opens GL: on two cores the start is then the longer of the two.
  auto setup = setUpRendering({plan->size, plan->rate, a.theme, plan->platform});
  if (!setup) return fail(setup.error());
  awaitFirstData(sources);
  // Live: a slow output drops frames rather than stall the tick.
  if (auto attached = attachFileSinks(*plan, QueuePolicy::Drop, *setup->channel); !attached)
    return fail(attached.error());

  SceneRegistry scenes;
  int status = 0;
  {
    LiveEngine engine(*setup, scenes, config);
    if (!feedHistory.empty())
      if (std::string e = engine.keepFeedHistory(feedHistory); !e.empty()) say(e);
    for (auto& s : sources) engine.addSource(*s);
    engine.addSource(push);
    JournalRestore restored = engine.restoreJournal();
    for (const Problem& p : restored.problems) say(p.toString());
    if (!restored.keptAs.empty()) say("the journal with problems was kept as " + restored.keptAs);
    if (!restored.summary.empty()) say("journal " + config.journalFile + ": " + restored.summary);
    engine.start();
    // Ready means rendering: wait (bounded) for the first tick's state to be published.
    engine.published().waitUntil([](const EngineState& st) { return st.ticks > 0; }, std::chrono::seconds(10));

    ControlServers servers(engine, scenes, &push, control);
    if (!servers.start(error)) {
      say(error);
      status = 2;
    } else {
      if (servers.amcpPort()) say("AMCP on " + Endpoint{control.amcp.host, servers.amcpPort(), false}.toString());
      if (servers.httpPort())
        say("HTTP on http://" + Endpoint{control.http.host, servers.httpPort(), false}.toString() + "/api/state");
      say("journal " + config.journalFile + ", as-run " + config.asRunFile);
      if (!feedHistory.empty()) say("feed history " + feedHistory);
      say("ready: " + std::to_string(plan->size.width) + "x" + std::to_string(plan->size.height) + " at " +
          plan->rate.toString() + " fps");
      int signal = waitForShutdownSignal();
      say("signal " + std::to_string(signal) + ": stopping");
    }
    servers.stop();
    engine.stop();
  }

  // Outputs: a stream nobody connected to is stopped by its sink after a short grace.
  for (const std::string& e : setup->channel->finish()) say(e);
  push.stop();
  for (auto& s : sources) s->stop();
  return status;
}

} // namespace

void addServeCommand(CLI::App& app, int& exitCode) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand("serve", "Run the playout engine headless, driven over AMCP and HTTP");
  cmd->add_option("--feed", args->feeds, "Results feed: a file (watched) or an http(s):// URL (polled)");
  cmd->add_option("--show", args->show, "Show file (rundown): its items can be cued and taken over HTTP");
  cmd->add_option("--size", args->channel.size, "Output size WxH")->capture_default_str();
  cmd->add_option("--fps", args->channel.fps, "Frame rate: 25, 30, 50, 60, 29.97, 59.94, N/D; interlaced 50i, 59.94i")
      ->capture_default_str();
  cmd->add_option("--timecode", args->channel.timecode,
                  "First frame's timecode HH:MM:SS:FF (;FF drop-frame); default: the time of day");
  cmd->add_option("--out", args->channel.outs, "Output (as for render): obs[:PORT] for OBS, ffmpeg:ARGS, DIR/ …");
  cmd->add_option("--key", args->channel.key, "Key outputs: sbs (fill|key) or only")->capture_default_str();
  cmd->add_option("--theme", args->theme, "Theme file (default: assets/themes/default.json)");
  cmd->add_option("--amcp", args->amcp, "AMCP server HOST:PORT (port 0: any free port), or off")->capture_default_str();
  cmd->add_option("--http", args->http, "HTTP API HOST:PORT (port 0: any free port), or off")->capture_default_str();
  cmd->add_option("--token", args->token, "HTTP bearer token (required off loopback; or LANDSLIDE_HTTP_TOKEN)");
  cmd->add_option("--state-dir", args->stateDir, "Where the journal and the as-run log live")->capture_default_str();
  cmd->add_option("--journal", args->journal, "Playout journal (default: STATE-DIR/landslide-journal.json)");
  cmd->add_option("--as-run", args->asRun, "As-run log (default: STATE-DIR/landslide-as-run.jsonl)");
  cmd->add_option("--feed-history", args->feedHistory,
                  "Keep every feed revision and its on-air frame (default: STATE-DIR/feed-history; off)");
  cmd->add_option("--gl", args->channel.gl, "Headless GL: auto, surfaceless or device")->capture_default_str();
  cmd->callback([args, &exitCode] { exitCode = runServe(*args); });
}

} // namespace landslide
