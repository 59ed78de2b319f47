// landslide rehearse: a published results night replayed as a live feed (feeds/rehearsal).
#include "RehearseCommand.h"
#include "FeedCommands.h"

#include "feeds/ParseFeed.h"
#include "feeds/Snapshot.h"
#include "feeds/rehearsal/NightPlan.h"
#include "feeds/rehearsal/PushSink.h"
#include "feeds/rehearsal/Replay.h"
#include "feeds/rehearsal/RevisionSinks.h"

#include <atomic>
#include <charconv>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <unistd.h>

namespace landslide {

namespace {

using namespace rehearsal;

struct RehearseArgs {
  LibraryFiles files;
  std::vector<std::string> only;
  std::string name = "Election results", date, previousLabel = "previous";
  std::string speed = "60", start, until, winnerFirst = "0";
  uint64_t seed = 1;
  int recounts = 0, corrections = 0;
  std::string out, push, token, history;
};

std::atomic<bool> gStop{false}; // set by SIGINT/SIGTERM: a signal handler has nowhere else to write
extern "C" void onSignal(int) { gStop.store(true); }

int fail(const std::string& message, int code = 2) {
  std::fprintf(stderr, "landslide rehearse: %s\n", message.c_str());
  return code;
}

std::optional<double> parseNumber(const std::string& text) {
  double v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return v;
}

// "0.3" or "30%": a share of seats.
std::optional<double> parseShare(std::string text) {
  const bool percent = !text.empty() && text.back() == '%';
  if (percent) text.pop_back();
  auto v = parseNumber(text);
  if (!v) return std::nullopt;
  const double share = percent ? *v / 100 : *v;
  if (share < 0 || share > 1) return std::nullopt;
  return share;
}

std::string duration(double seconds) {
  char buf[32];
  const int s = int(seconds + 0.5);
  if (s >= 60)
    std::snprintf(buf, sizeof buf, "%dm%02ds", s / 60, s % 60);
  else
    std::snprintf(buf, sizeof buf, "%.1fs", seconds);
  return buf;
}

int runRehearse(const RehearseArgs& a) {
  if (a.out.empty() && a.push.empty() && a.history.empty())
    return fail("give --out FEED.json, --push URL or --history DIR");
  if (!a.out.empty() && !a.push.empty()) return fail("give --out or --push, not both");
  if (!a.token.empty() && a.push.empty()) return fail("--token goes with --push");
  ReplayOptions replay;
  if (a.speed != "max") {
    auto s = parseNumber(a.speed);
    if (!s || *s <= 0) return fail("--speed '" + a.speed + "': expected a positive number or max");
    replay.speed = *s;
  }
  auto share = parseShare(a.winnerFirst);
  if (!share) return fail("--winner-first '" + a.winnerFirst + "': expected a share 0..1 or a percentage");
  std::optional<std::pair<int, int>> start, until;
  if (!a.start.empty() && !(start = parseHourMinute(a.start))) return fail("--start '" + a.start + "': expected HH:MM");
  if (!a.until.empty() && !(until = parseHourMinute(a.until))) return fail("--until '" + a.until + "': expected HH:MM");

  std::string error;
  const CommonsLibraryOptions importOptions{a.name, a.date, a.previousLabel, a.only};
  const Expected<Imported> imported = importLibraryFiles(a.files, importOptions);
  if (!imported && isReadProblem(imported.problem())) return fail(imported.error());
  if (!imported) {
    std::fprintf(stderr, "%s\n", imported.error().c_str());
    return fail("the importer refused the files (error above)", 1);
  }
  const Election& published = imported->election;
  NightOptions nightOptions{a.seed, *share, a.recounts, a.corrections, a.date};
  const auto planned = planNight(published, nightOptions);
  if (!planned) return fail(planned.error(), 1);
  const NightPlan& plan = *planned;
  if (start) replay.start = plan.clock.timeOfNight(start->first, start->second);
  if (until) replay.until = plan.clock.timeOfNight(until->first, until->second);
  if (plan.simulated)
    std::fprintf(stderr,
                 "landslide rehearse: %zu of %zu seats have no declaration time in the files: their times are "
                 "simulated (seed %llu)\n",
                 plan.simulated, published.contests.size(), static_cast<unsigned long long>(a.seed));

  std::vector<RevisionSink*> sinks;
  std::unique_ptr<HistorySink> history;
  std::unique_ptr<FileSink> file;
  std::unique_ptr<PushSink> push;
  if (!a.history.empty()) {
    history = std::make_unique<HistorySink>(a.history, published, plan);
    if (auto opened = history->open(); !opened) return fail(opened.error());
    sinks.push_back(history.get());
  }
  if (!a.out.empty()) {
    file = std::make_unique<FileSink>(a.out);
    sinks.push_back(file.get());
  }
  const bool tty = isatty(STDERR_FILENO) == 1;
  if (!a.push.empty()) {
    PushOptions po;
    po.url = a.push;
    po.token = a.token.empty() && std::getenv("LANDSLIDE_HTTP_TOKEN") ? std::getenv("LANDSLIDE_HTTP_TOKEN") : a.token;
    po.stop = &gStop;
    po.note = [tty](const std::string& line) {
      std::fprintf(stderr, "%slandslide rehearse: %s\n", tty ? "\r\033[K" : "", line.c_str());
    };
    push = std::make_unique<PushSink>(po);
    if (auto valid = push->valid(); !valid) return fail(valid.error());
    sinks.push_back(push.get());
  }
  replay.stop = &gStop;
  std::signal(SIGINT, onSignal);
  std::signal(SIGTERM, onSignal);

  const std::size_t total = published.contests.size();
  ProgressFn progress;
  if (tty)
    progress = [&](const Revision& r) {
      std::string latest;
      if (!r.events.empty()) {
        const NightEvent& e = r.events.back();
        latest = published.contests[e.contest].name + ": " + stageName(e.stage);
      }
      std::fprintf(stderr, "\r\033[K%s  %zu/%zu declared  rev %zu  %s", plan.clock.format(r.night).c_str(),
                   r.withResult, total, r.number, latest.c_str());
      std::fflush(stderr);
    };
  const auto replayed = replayNight(published, plan, replay, sinks, progress);
  if (tty) std::fprintf(stderr, "\n");
  if (!replayed) return fail(replayed.error());
  const ReplaySummary& sum = *replayed;

  std::fprintf(stderr,
               "landslide rehearse: %s%zu/%zu seats declared, %zu revision(s), night %s to %s, in %s at %s; %zu "
               "recount(s), %zu winner-first, %zu correction(s)%s%s\n",
               sum.stopped ? "stopped: " : "", sum.withResult, total, sum.revisions,
               plan.clock.format(sum.startNight).c_str(), plan.clock.format(sum.endNight).c_str(),
               duration(sum.wallSeconds).c_str(), replay.speed > 0 ? (a.speed + "x").c_str() : "max speed",
               plan.recounts.size(), plan.winnerFirst.size(), plan.corrections.size(),
               plan.simulated ? "; times simulated" : "",
               push && push->retries() ? ("; " + std::to_string(push->retries()) + " push retries").c_str() : "");
  return 0;
}

} // namespace

void addRehearseCommand(CLI::App& app, int& exitCode) {
  auto a = std::make_shared<RehearseArgs>();
  CLI::App* cmd = app.add_subcommand("rehearse", "Replay a published results night as a live feed");
  addLibraryFileOptions(*cmd, a->files);
  cmd->add_option("--only", a->only, "replay only these ONS ids (repeatable)");
  cmd->add_option("--name", a->name, "election name");
  cmd->add_option("--date", a->date, "polling day YYYY-MM-DD (needed when the files have no declaration times)");
  cmd->add_option("--previous-label", a->previousLabel, "label of the previous result, e.g. 2017");
  cmd->add_option("--speed", a->speed, "night seconds per second (60: a night in ~15 min), or max")
      ->capture_default_str();
  cmd->add_option("--start", a->start, "time of night to begin at, HH:MM (default: 5 min before the first result)");
  cmd->add_option("--until", a->until, "stop at this time of night, HH:MM (its declarations included)");
  cmd->add_option("--seed", a->seed, "seed for simulated times and the chosen seats")->capture_default_str();
  cmd->add_option("--winner-first", a->winnerFirst, "share of seats announced winner-only first (0.3 or 30%)")
      ->capture_default_str();
  cmd->add_option("--recounts", a->recounts, "seats sent to a recount (among the closest)")->capture_default_str();
  cmd->add_option("--corrections", a->corrections, "declared results corrected later")->capture_default_str();
  cmd->add_option("--out", a->out, "feed file to replace with each revision (watched by serve/console)");
  cmd->add_option("--push", a->push, "push each revision to a serve/console: http://HOST:PORT");
  cmd->add_option("--token", a->token, "bearer token for --push (or LANDSLIDE_HTTP_TOKEN)");
  cmd->add_option("--history", a->history, "keep every revision in DIR (000001.json …, index.jsonl)");
  cmd->callback([a, &exitCode] { exitCode = runRehearse(*a); });
}

} // namespace landslide
