#include "AsRunRender.h"
#include "OfflineRender.h"

#include "live/Command.h"
#include "playout/Playout.h"

#include "feeds/ParseFeed.h"
#include "feeds/base/Files.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

namespace landslide {

namespace {

int fail(const std::string& message) {
  std::fprintf(stderr, "landslide render: %s\n", message.c_str());
  return 2;
}

using Key = std::pair<std::string, uint64_t>; // source, revision

constexpr std::size_t kMaxLogBytes = 512u << 20; // a whole night's as-run log, with room

struct Timeline {
  std::string sessionStart; // ISO time of the last engine start in the history
  std::vector<Key> initial;
  std::map<int64_t, Key> onAir;                      // frame -> revision (one per tick)
  std::vector<std::pair<Key, std::string>> received; // in order, with the file
  std::multimap<int64_t, nlohmann::json> commands;   // frame -> applied command, in log order
};

Problem cannotRead(const std::string& path, const Problem& why) {
  return Problem::error(path, "", "cannot read (" + why.reason + ")", why.rule);
}

// Reads a JSON-lines file; a line that is not JSON is an error naming the line.
Expected<std::vector<nlohmann::json>> readLines(const std::string& path) {
  auto text = files::readFile(path, kMaxLogBytes);
  if (!text) return cannotRead(path, text.problem());
  std::vector<nlohmann::json> out;
  std::size_t start = 0;
  for (int n = 1; start < text->size(); ++n) {
    std::size_t end = text->find('\n', start);
    if (end == std::string::npos) end = text->size();
    std::string_view line(text->data() + start, end - start);
    start = end + 1;
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object())
      return Problem::error(path, "line " + std::to_string(n), "not a JSON object", "as-run");
    out.push_back(std::move(j));
  }
  return out;
}

// The last engine session of the history (a restarted engine starts again at frame 0).
Expected<void> readHistory(const std::string& dir, Timeline& t) {
  auto read = readLines((std::filesystem::path(dir) / "index.jsonl").string());
  if (!read) return read.problem();
  std::vector<nlohmann::json>& lines = *read;
  std::size_t from = 0;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i].value("event", "") == "start") {
      from = i;
      t.sessionStart = lines[i].value("time", "");
    }
  std::map<Key, std::string> files;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto& l = lines[i];
    const std::string event = l.value("event", "");
    const Key key{l.value("source", ""), l.value("revision", uint64_t(0))};
    if (event == "received") { // every session's: a later one may continue a source's chain
      t.received.push_back({key, l.value("file", "")});
      continue;
    }
    if (i < from) continue;
    if (event == "initial") t.initial.push_back(key);
    if (event == "on-air") t.onAir[l.value("frame", int64_t(0))] = key;
  }
  if (t.sessionStart.empty())
    return Problem::error("", "", dir + ": not a feed history (no start line in index.jsonl)", "as-run");
  return {};
}

Expected<void> readAsRun(const std::string& path, Timeline& t) {
  auto lines = readLines(path);
  if (!lines) return lines.problem();
  for (auto& l : *lines) {
    // Only what the engine applied; refusals changed nothing. Earlier sessions' frames
    // belong to another timeline.
    if (!l.contains("applied") || l.value("result", "") != "ok" || l.value("time", "") < t.sessionStart) continue;
    const int64_t frame = l.value("frame", int64_t(0));
    t.commands.emplace(frame, std::move(l));
  }
  return {};
}

std::optional<CommandKind> kindOf(const std::string& name) {
  for (CommandKind k : {CommandKind::Take, CommandKind::Next, CommandKind::Out, CommandKind::OutAll, CommandKind::Clear,
                        CommandKind::ClearAll, CommandKind::Update, CommandKind::Retake, CommandKind::SetAuto})
    if (toString(k) == name) return k;
  return std::nullopt;
}

// As LiveEngine::apply does it.
std::string apply(Playout& p, const nlohmann::json& entry, int64_t frame) {
  const auto kind = kindOf(entry.value("command", ""));
  if (!kind) return "unknown command '" + entry.value("command", "") + "'";
  const int layer = entry.value("layer", 0);
  const auto& a = entry["applied"];
  LayerItem item{a.value("scene", ""), a.value("contest", ""), a.value("options", nlohmann::json::object())};
  switch (*kind) {
  case CommandKind::Take: return p.take(layer, item, frame);
  case CommandKind::Next: return p.next(layer, frame);
  case CommandKind::Out: return p.out(layer, frame);
  case CommandKind::OutAll: p.outAll(frame); return {};
  case CommandKind::Clear: p.clear(layer); return {};
  case CommandKind::ClearAll: p.clearAll(); return {};
  case CommandKind::Update: return p.setOptions(layer, item, frame);
  case CommandKind::Retake: return p.retake(layer, frame);
  case CommandKind::SetAuto: return p.setAuto(layer, a.value("flag", true));
  }
  return {};
}

} // namespace

int renderAsRun(const AsRunRenderArgs& a) {
  if (a.feedHistory.empty()) return fail("--as-run needs --feed-history DIR (the engine's feed history)");
  auto plan = planChannel(a.channel, "windows belong to landslide console; render writes files and streams");
  if (!plan) return fail(plan.error());
  Timeline t;
  if (auto history = readHistory(a.feedHistory, t); !history) return fail(history.error());
  if (auto asRun = readAsRun(a.asRun, t); !asRun) return fail(asRun.error());

  // Each source's revisions parsed in order, each with the one before (as the source
  // did), keeping only those the timeline uses.
  std::set<Key> needed(t.initial.begin(), t.initial.end());
  for (const auto& [f, k] : t.onAir) needed.insert(k);
  std::map<std::string, SnapshotPtr> last;
  std::map<Key, SnapshotPtr> snapshots;
  for (const auto& [key, file] : t.received) {
    const std::string path = (std::filesystem::path(a.feedHistory) / file).string();
    ParseOptions o;
    auto bytes = files::readFile(path, o.limits.maxBytes);
    if (!bytes) return fail(cannotRead(path, bytes.problem()).toString());
    o.sourceRevision = key.second;
    o.sourceName = key.first;
    o.previous = last[key.first];
    ParseResult r = parseFeed(*bytes, key.first, o);
    if (!r.ok()) return fail(path + ": " + (r.errors.empty() ? "rejected" : r.errors.front().toString()));
    last[key.first] = r.snapshot;
    if (needed.count(key)) snapshots[key] = r.snapshot;
  }
  for (const Key& k : needed)
    if (!snapshots.count(k))
      return fail(a.feedHistory + ": revision " + std::to_string(k.second) + " of " + k.first + " is missing");

  int64_t first = 0, lastFrame = 0;
  if (a.frames) {
    std::tie(first, lastFrame) = *a.frames;
  } else {
    int64_t end = 0;
    if (!t.commands.empty()) end = std::max(end, t.commands.rbegin()->first);
    if (!t.onAir.empty()) end = std::max(end, t.onAir.rbegin()->first);
    lastFrame = end + plan->rate.frameAt(4.0);
  }
  for (const OutputSpec& o : plan->files)
    if (o.kind == OutputKind::PngFile && lastFrame != first)
      return fail("--out '" + o.text + "' holds one frame: give --frames N:N, or use DIR/ for a sequence");

  auto setup = setUpRendering({plan->size, plan->rate, a.theme, plan->platform});
  if (!setup) return fail(setup.error());
  if (auto attached = attachFileSinks(*plan, QueuePolicy::Block, *setup->channel); !attached)
    return fail(attached.error());

  SceneRegistry registry;
  Playout playout(registry, setup->theme, plan->rate);
  for (const Key& k : t.initial) playout.setData(snapshots[k]);
  OfflineRender render(*setup->channel);
  int status = 0;
  std::size_t applied = 0;
  for (int64_t f = 0; f <= lastFrame; ++f) {
    // The engine's order within a tick: commands, then the new revision, then retire.
    auto [from, to] = t.commands.equal_range(f);
    for (auto it = from; it != to; ++it, ++applied)
      if (std::string e = apply(playout, it->second, f); !e.empty())
        std::fprintf(stderr, "landslide render: warning: frame %lld: %s\n", static_cast<long long>(f), e.c_str());
    if (auto on = t.onAir.find(f); on != t.onAir.end()) playout.offer(snapshots[on->second], f);
    playout.retire(f);
    if (f < first) continue;
    if (!render.frame(f, playout)) {
      status = 1;
      break;
    }
  }
  if (!render.finish()) status = 1;
  if (status == 0)
    std::fprintf(stderr,
                 "landslide render: %lld frame(s) of the as-run timeline (%zu command(s), %zu feed revision(s) on "
                 "air) at %dx%d %s fps\n",
                 static_cast<long long>(lastFrame - first + 1), applied, t.onAir.size(), plan->size.width,
                 plan->size.height, plan->rate.toString().c_str());
  return status;
}

} // namespace landslide
