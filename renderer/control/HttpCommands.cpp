// The HTTP API's commands: per-layer cue/take/next/out/clear/update/retake/auto, every
// layer out or clear, and the feed push endpoint. Each goes through the same command
// queue as the console and AMCP, and waits (on this HTTP worker) for its frame.
#include "AmcpRequest.h"
#include "HttpSupport.h"
#include "StateJson.h"

#include "feeds/PushFeedSource.h"
#include "playout/PrepareItem.h"

namespace landslide {

using nlohmann::json;

namespace {

constexpr int kMaxLayer = 999999;
constexpr std::size_t kMaxCued = 100; // layers cued at once: what a client can add to /api/state

// Options merged by updates stay as small as one command may send.
bool fits(const json& options) {
  return options.dump(-1, ' ', false, json::error_handler_t::replace).size() <= kOptionsBytes;
}

Command makeCommand(CommandKind kind, int layer) {
  Command c;
  c.kind = kind;
  c.layer = layer;
  c.source = "http";
  return c;
}

// Answers with the engine's verdict: 200, 409 when it refused, 503 when it never ran.
void answer(httplib::Response& res, const CommandResult& r, int layer) {
  if (r.ok) return sendJson(res, 200, {{"ok", true}, {"layer", layer}, {"frame", r.frame}});
  sendJson(res, reachedEngine(r) ? 409 : 503, {{"ok", false}, {"layer", layer}, {"error", r.error}});
}

void badField(httplib::Response& res, std::string path, std::string reason) {
  sendProblem(res, 400, Problem::error("body", std::move(path), std::move(reason), "bad-field"));
}

// 400 for a refused option: {"ok": false, "error": "/options/topN: must be …", "path": "/options/topN"}.
void refuseOption(httplib::Response& res, const Problem& problem) {
  Problem p = problem;
  p.path = "/options" + p.path;
  sendJson(res, 400, {{"ok", false}, {"error", p.toString()}, {"path", p.path}});
}

// {scene, contest?, options?} → an item, its options parsed; nullopt after answering 400/404.
std::optional<LayerItem> itemFrom(const json& body, ControlHub& hub, httplib::Response& res) {
  auto scene = body.find("scene");
  if (scene == body.end() || !scene->is_string()) {
    badField(res, "/scene", "\"scene\" (a scene name) is required");
    return std::nullopt;
  }
  const Scene* s = findScene(hub.scenes(), scene->get<std::string>());
  if (!s) {
    sendError(res, 404, "unknown scene '" + scene->get<std::string>() + "' (GET /api/scenes lists them)");
    return std::nullopt;
  }
  LayerItem item;
  item.scene = std::string(s->name());
  if (auto c = body.find("contest"); c != body.end()) {
    if (!c->is_string()) {
      badField(res, "/contest", "\"contest\" must be a string");
      return std::nullopt;
    }
    item.contest = normalisedContest(c->get<std::string>()); // an id, or "latest"
  } else if (SnapshotPtr data = hub.state().data; data && !data->election().contests.empty()) {
    item.contest = data->election().contests.front().id;
  }
  if (auto o = body.find("options"); o != body.end()) {
    if (!o->is_object()) {
      badField(res, "/options", "\"options\" must be an object");
      return std::nullopt;
    }
    if (!fits(*o)) {
      sendProblem(res, 413,
                  Problem::error("body", "/options", "options larger than " + std::to_string(kOptionsBytes) + " bytes",
                                 "options-too-large"));
      return std::nullopt;
    }
    item.options = *o;
  }
  Expected<LayerItem> prepared = prepareItem(hub.scenes(), std::move(item));
  if (!prepared) {
    refuseOption(res, prepared.problem());
    return std::nullopt;
  }
  return std::move(*prepared);
}

const LayerView* viewOf(const EngineState& state, int layer) {
  for (const LayerView& v : state.layers)
    if (v.layer == layer) return &v;
  return nullptr;
}

} // namespace

void HttpApi::Impl::routeCommands() {
  post(R"(/api/layers/(\d+)/(\w+))", kCommandBodyBytes, [this](const Req& req, Res& res, const std::string& bytes) {
    int layer = -1;
    if (!strictInt(req.matches[1].str(), layer) || layer > kMaxLayer)
      return sendError(res, 400, "the layer must be 0–" + std::to_string(kMaxLayer));
    const std::string action = req.matches[2].str();
    auto body = bodyObject(bytes, kCommandJson);
    if (!body) return sendProblem(res, 400, body.problem());

    if (action == "cue") {
      auto item = itemFrom(*body, hub, res);
      if (!item) return;
      if (!hub.cues().find(layer) && hub.cues().all().size() >= kMaxCued)
        return sendError(res, 409, std::to_string(kMaxCued) + " layers are cued already: take or clear some first");
      hub.cues().cue(layer, *item);
      Command c = makeCommand(CommandKind::Take, layer);
      c.item = *item;
      hub.record("CUE", c, "ok");
      return sendJson(res, 200,
                      {{"ok", true}, {"layer", layer}, {"cued", cuedJson(layer, *item, hub.state().data.get())}});
    }
    if (action == "take") {
      Command c = makeCommand(CommandKind::Take, layer);
      if (body->contains("scene")) {
        auto item = itemFrom(*body, hub, res);
        if (!item) return;
        c.item = *item;
      } else if (auto cued = hub.cues().take(layer)) {
        c.item = *cued;
      } else {
        hub.record("TAKE", c, "nothing cued");
        return sendError(res, 409, "nothing cued on layer " + std::to_string(layer) + " (give a scene, or cue first)");
      }
      CommandResult r = submitAndWait(hub, c);
      if (!r.ok || !bindsLatest(c.item.contest)) return answer(res, r, layer);
      // Bound to "latest": say which seat went on air, or that it waits for one.
      EngineState state = hub.state();
      json reply = {{"ok", true}, {"layer", layer}, {"frame", r.frame}};
      for (const LayerView& v : state.layers)
        if (v.layer == layer)
          for (const char* key : {"contest", "resolved", "resolvedName", "waiting", "note"})
            if (json j = layerJson(v, state.data.get()); j.contains(key)) reply[key] = j[key];
      return sendJson(res, 200, reply);
    }
    if (action == "clear") {
      hub.cues().remove(layer);
      return answer(res, submitAndWait(hub, makeCommand(CommandKind::Clear, layer)), layer);
    }
    if (action == "next" || action == "out" || action == "retake") {
      CommandKind kind = action == "next"  ? CommandKind::Next
                         : action == "out" ? CommandKind::Out
                                           : CommandKind::Retake;
      return answer(res, submitAndWait(hub, makeCommand(kind, layer)), layer);
    }
    if (action == "auto") {
      auto a = body->find("auto");
      if (a == body->end() || !a->is_boolean()) return badField(res, "/auto", "\"auto\": true or false is required");
      Command c = makeCommand(CommandKind::SetAuto, layer);
      c.flag = a->get<bool>();
      return answer(res, submitAndWait(hub, c), layer);
    }
    if (action == "update") {
      auto contest = body->find("contest");
      auto options = body->find("options");
      if (contest != body->end() && !contest->is_string())
        return badField(res, "/contest", "\"contest\" must be a string");
      if (options != body->end() && !options->is_object())
        return badField(res, "/options", "\"options\" must be an object");
      if (contest == body->end() && options == body->end())
        return badField(res, "", "give \"contest\" (a string) and/or \"options\" (an object)");
      Command c = makeCommand(CommandKind::Update, layer);
      c.item.options = options != body->end() ? *options : json::object();
      if (contest != body->end()) c.item.options["contest"] = *contest;
      const EngineState state = hub.state();
      const LayerView* view = viewOf(state, layer);
      if (!view) {
        if (auto cued = hub.cues().find(layer)) { // not on air yet: change what is cued
          Expected<LayerItem> updated = prepareUpdate(hub.scenes(), *cued, c.item.options);
          if (!updated) {
            hub.record("UPDATE", c, updated.problem().toString());
            return refuseOption(res, updated.problem());
          }
          if (!fits(updated->options)) return sendError(res, 413, "the layer's options would grow too large");
          hub.cues().cue(layer, *updated);
          hub.record("UPDATE", c, "ok (cued)");
          return sendJson(res, 200,
                          {{"ok", true}, {"layer", layer}, {"cued", cuedJson(layer, *updated, state.data.get())}});
        }
      } else { // parsed here, against what the layer shows, so a bad option is refused now
        Expected<LayerItem> updated =
            prepareUpdate(hub.scenes(), {view->scene, view->contest, view->options}, c.item.options);
        if (!updated) {
          hub.record("UPDATE", c, updated.problem().toString());
          return refuseOption(res, updated.problem());
        }
        // prepareUpdate merged the update into what the layer shows: bound that, once.
        if (!fits(updated->options)) return sendError(res, 413, "the layer's options would grow too large");
        c.item.scene = updated->scene;
        c.item.parsed = updated->parsed;
      }
      return answer(res, submitAndWait(hub, c), layer);
    }
    sendError(res, 404, "unknown action '" + action + "' (cue, take, next, out, clear, update, retake, auto)");
  });

  post("/api/out", kCommandBodyBytes, [this](const httplib::Request&, httplib::Response& res, const std::string&) {
    answer(res, submitAndWait(hub, makeCommand(CommandKind::OutAll, 0)), 0);
  });
  post("/api/clear", kCommandBodyBytes, [this](const httplib::Request&, httplib::Response& res, const std::string&) {
    hub.cues().clear();
    answer(res, submitAndWait(hub, makeCommand(CommandKind::ClearAll, 0)), 0);
  });

  // Any content type: `curl --data-binary @feed.json` says application/x-www-form-urlencoded.
  post("/api/feed", kFeedBodyBytes, [this](const httplib::Request&, httplib::Response& res, const std::string& body) {
    if (!push) return sendError(res, 404, "this server has no push feed");
    FeedErrors errors = push->push(body); // parsed on the source's worker thread
    Command c = makeCommand(CommandKind::Update, 0);
    if (hasErrors(errors)) {
      hub.record("FEED PUSH", c, std::to_string(errors.size()) + " error(s); nothing changed");
      return sendJson(res, 422, {{"ok", false}, {"errors", feedErrorsJson(errors, errors.size())}});
    }
    SourceHealth h = push->health();
    hub.record("FEED PUSH", c, "ok");
    sendJson(res, 200,
             {{"ok", true},
              {"revision", h.lastGoodRevision ? json(*h.lastGoodRevision) : json(nullptr)},
              {"warnings", feedErrorsJson(h.lastWarnings)}});
  });
}

} // namespace landslide
