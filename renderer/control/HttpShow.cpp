// The rundown given to `serve --show FILE`, for button panels that fire rundown items:
// GET /api/show lists the items; POST /api/show/items/I/cue or /take puts item I (its
// scene, contest, options) on its layer through the same command queue.
#include "AmcpRequest.h"
#include "HttpSupport.h"
#include "StateJson.h"

#include "playout/PrepareItem.h"

namespace landslide {

using nlohmann::json;

namespace {
json itemJson(std::size_t index, const RundownItem& item) {
  return {{"index", index},          {"label", item.label}, {"scene", item.scene},
          {"contest", item.contest}, {"layer", item.layer}, {"options", item.options}};
}
} // namespace

void HttpApi::Impl::routeShow() {
  server.Get("/api/show", [this](const httplib::Request&, httplib::Response& res) {
    if (!options.show) return sendError(res, 404, "no show: start serve with --show FILE");
    json items = json::array();
    for (std::size_t i = 0; i < options.show->items.size(); ++i) items.push_back(itemJson(i, options.show->items[i]));
    sendJson(res, 200, {{"name", options.show->name}, {"feed", options.show->feed}, {"items", items}});
  });
  post(R"(/api/show/items/(\d+)/(cue|take))", kCommandBodyBytes, [this](const Req& req, Res& res, const std::string&) {
    int index = -1;
    if (!options.show) return sendError(res, 404, "no show: start serve with --show FILE");
    if (!strictInt(req.matches[1].str(), index) || index < 0 ||
        static_cast<std::size_t>(index) >= options.show->items.size())
      return sendError(res, 404, "the show has " + std::to_string(options.show->items.size()) + " items");
    const RundownItem& item = options.show->items[static_cast<std::size_t>(index)];
    const Scene* scene = findScene(hub.scenes(), item.scene);
    Command c;
    c.kind = CommandKind::Take;
    c.layer = item.layer;
    c.source = "http";
    c.item = {scene ? std::string(scene->name()) : item.scene, item.contest, item.options};
    const bool take = req.matches[2].str() == "take";
    if (!scene) {
      hub.record(take ? "TAKE" : "CUE", c, "unknown scene '" + item.scene + "'");
      return sendError(res, 404, "item " + std::to_string(index) + ": unknown scene '" + item.scene + "'");
    }
    Expected<LayerItem> prepared = prepareItem(hub.scenes(), c.item); // checked at load; parsed for the engine
    if (!prepared) {
      hub.record(take ? "TAKE" : "CUE", c, prepared.problem().toString());
      return sendError(res, 400, "item " + std::to_string(index) + ": /options" + prepared.problem().toString());
    }
    c.item = std::move(*prepared);
    if (!take) {
      hub.cues().cue(item.layer, c.item);
      hub.record("CUE", c, "ok");
      return sendJson(res, 200, {{"ok", true}, {"layer", item.layer}, {"cued", cuedJson(item.layer, c.item)}});
    }
    CommandResult r = submitAndWait(hub, c);
    if (r.ok) return sendJson(res, 200, {{"ok", true}, {"layer", item.layer}, {"frame", r.frame}});
    sendJson(res, reachedEngine(r) ? 409 : 503, {{"ok", false}, {"layer", item.layer}, {"error", r.error}});
  });
}

} // namespace landslide
