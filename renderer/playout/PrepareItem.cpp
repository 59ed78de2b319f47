#include "PrepareItem.h"

namespace landslide {

Expected<LayerItem> prepareItem(const SceneRegistry& scenes, LayerItem item) {
  const Scene* scene = scenes.find(item.scene);
  if (!scene) return Problem::error("", "/scene", "unknown scene '" + item.scene + "'", "unknown-scene");
  Expected<SceneOptionsPtr> parsed = scene->parseOptions(item.options);
  if (!parsed) return parsed.problem();
  item.parsed = std::move(*parsed);
  return item;
}

Expected<LayerItem> mergeUpdate(LayerItem current, const nlohmann::json& patch) {
  current.parsed = nullptr;
  if (!patch.is_object()) return Problem::error("", "", "options must be a JSON object", "options-object");
  if (!current.options.is_object()) current.options = nlohmann::json::object();
  for (const auto& [key, value] : patch.items()) {
    if (key != "contest") {
      current.options[key] = value;
    } else if (value.is_string()) {
      current.contest = normalisedContest(value.get<std::string>());
    } else {
      return Problem::error("", "/contest", "must be a string (a contest id, or \"latest\")", "scene-option");
    }
  }
  return current;
}

Expected<LayerItem> prepareUpdate(const SceneRegistry& scenes, LayerItem current, const nlohmann::json& patch) {
  Expected<LayerItem> merged = mergeUpdate(std::move(current), patch);
  if (!merged) return merged;
  return prepareItem(scenes, std::move(*merged));
}

Expected<void> checkShow(const Show& show, const SceneRegistry& scenes, const std::string& file) {
  for (std::size_t i = 0; i < show.items.size(); ++i) {
    const RundownItem& item = show.items[i];
    const Scene* scene = scenes.find(item.scene);
    if (!scene) continue;
    Expected<SceneOptionsPtr> parsed = scene->parseOptions(item.options);
    if (parsed) continue;
    Problem p = parsed.problem();
    p.file = file;
    p.path = "/items/" + std::to_string(i) + "/options" + p.path;
    return p;
  }
  return {};
}

} // namespace landslide
