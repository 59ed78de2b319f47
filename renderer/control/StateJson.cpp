#include "StateJson.h"
#include "LayerMap.h"

namespace landslide {

using nlohmann::json;

namespace {
json addressJson(int layer) {
  CasparAddress a = casparAddress(layer);
  return {{"channel", 1}, {"layer", a.videoLayer}, {"cgLayer", a.cgLayer}};
}

template <typename T>
json optional(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

json seatJson(const std::string& id) { return id.empty() ? json(nullptr) : json(id); }

// The resolved seat of a binding: its id, its name when known, and whether it waits.
void addResolved(json& j, const std::string& binding, const std::string& resolved, const ResultsSnapshot* data) {
  j["resolved"] = seatJson(resolved);
  j["waiting"] = bindsLatest(binding) && resolved.empty();
  if (j["waiting"]) j["note"] = "waiting for the first declaration";
  if (data && !resolved.empty())
    if (const Contest* c = data->findContest(resolved)) j["resolvedName"] = c->name;
}
} // namespace

json layerJson(const LayerView& v, const ResultsSnapshot* data) {
  json j = {{"layer", v.layer},
            {"state", v.goingOut ? "out" : "on-air"},
            {"scene", v.scene},
            {"contest", v.contest},
            {"options", v.options},
            {"page", v.page},
            {"pageCount", v.pageCount},
            {"auto", v.autoUpdate},
            {"pending", v.pending},
            {"revision", v.revision},
            {"error", v.error.empty() ? json(nullptr) : json(v.error)}, // its scene fails to draw: left out
            {"casparcg", addressJson(v.layer)}};
  addResolved(j, v.contest, v.resolved, data);
  if (v.pending && bindsLatest(v.contest)) j["pendingContest"] = seatJson(v.pendingContest);
  if (!v.warning.empty()) j["warning"] = v.warning; // keeps its last good data against the feed
  return j;
}

json cuedJson(int layer, const LayerItem& item, const ResultsSnapshot* data) {
  json j = {{"layer", layer},          {"state", "cued"},         {"scene", item.scene},
            {"contest", item.contest}, {"options", item.options}, {"casparcg", addressJson(layer)}};
  addResolved(j, item.contest, resolveContest(item.contest, data), data);
  return j;
}

json feedErrorsJson(const FeedErrors& errors, std::size_t limit) {
  json out = json::array();
  for (const FeedError& e : errors) {
    if (out.size() >= limit) break;
    out.push_back({{"file", e.file}, {"path", e.path}, {"reason", e.reason}, {"rule", e.rule}});
  }
  return out;
}

json feedJson(const SourceHealth& h) {
  return {{"source", h.source},
          {"running", h.running},
          {"healthy", h.healthy()},
          {"revision", optional(h.lastGoodRevision)},
          {"errors", feedErrorsJson(h.lastErrors)},
          {"warnings", h.lastWarnings.size()},
          {"ageSeconds", optional(h.ageOfLastGoodSeconds)},
          {"sinceAttemptSeconds", optional(h.sinceLastAttemptSeconds)},
          {"attempts", h.attempts},
          {"failures", h.failures}};
}

json tallyJson(const EngineState& state, const std::map<int, LayerItem>& cued) {
  json layers = json::array();
  std::map<int, json> byLayer;
  for (const auto& [layer, item] : cued) byLayer[layer] = cuedJson(layer, item, state.data.get());
  for (const LayerView& v : state.layers) {
    json j = layerJson(v, state.data.get());
    if (auto it = byLayer.find(v.layer); it != byLayer.end()) j["cued"] = it->second; // on air, next one cued
    byLayer[v.layer] = std::move(j);
  }
  for (auto& [layer, j] : byLayer) layers.push_back(std::move(j));
  json onAir = json::array();
  for (const LayerView& v : state.layers)
    if (!v.goingOut) onAir.push_back(v.layer);
  return {{"layers", layers}, {"onAir", onAir}};
}

json stateJson(const EngineState& state, const std::map<int, LayerItem>& cued) {
  json j = tallyJson(state, cued);
  j["frame"] = state.frame;
  j["rate"] = state.rate.toString();
  j["width"] = state.width;
  j["height"] = state.height;
  j["version"] = state.version;
  j["ticks"] = state.ticks;
  j["framesDrawn"] = state.framesDrawn;
  j["framesDropped"] = state.framesDropped;
  json feeds = json::array();
  for (const SourceHealth& h : state.feeds) feeds.push_back(feedJson(h));
  j["feeds"] = feeds;
  json sinks = json::array();
  for (const SinkView& s : state.sinks)
    sinks.push_back(
        {{"spec", s.spec}, {"dropped", s.dropped}, {"failure", s.failure.empty() ? json(nullptr) : json(s.failure)}});
  j["sinks"] = sinks;
  if (state.data)
    j["data"] = {{"election", state.data->election().name},
                 {"source", state.data->sourceName()},
                 {"sourceRevision", state.data->sourceRevision()},
                 {"contests", state.data->contests().size()}};
  else
    j["data"] = nullptr;
  return j;
}

json scenesJson(const SceneRegistry& scenes) {
  json out = json::array();
  for (const auto& s : scenes.all())
    out.push_back({{"name", s->name()}, {"description", s->description()}, {"pageCount", s->pageCount()}});
  return out;
}

json contestsJson(const SnapshotPtr& data) {
  json out = json::array();
  if (!data) return out;
  for (const DerivedContest& c : data->contests())
    out.push_back({{"id", c.id},
                   {"name", c.name},
                   {"status", statusName(c.status)},
                   {"revision", c.revision},
                   {"winner", c.winner},
                   {"result", c.result},
                   {"caption", c.caption}});
  return out;
}

json asRunJson(const std::vector<AsRunEntry>& entries) {
  json out = json::array();
  for (const AsRunEntry& e : entries)
    out.push_back({{"time", e.time},
                   {"frame", e.frame},
                   {"timecode", e.timecode},
                   {"source", e.source},
                   {"command", e.command},
                   {"layer", e.layer},
                   {"scene", e.scene},
                   {"contest", e.contest},
                   {"revision", e.revision},
                   {"result", e.result}});
  return out;
}

} // namespace landslide
