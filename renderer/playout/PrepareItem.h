#pragma once
// The one step every command source takes before a Take or an Update reaches the engine:
// find the scene and parse the item's options into the scene's own struct. A bad option
// is refused here, where the client is still waiting for an answer (AMCP 403, HTTP 400,
// the console's message line, a show file's error), with its JSON Pointer; the render
// thread only stores what was parsed.
#include "Playout.h"
#include "Show.h"

#include "feeds/base/Expected.h"

namespace landslide {

// The item with `parsed` set; the scene name must be exact (callers resolve case).
// Problems: path "/scene" for an unknown scene, else the option's pointer ("/topN").
Expected<LayerItem> prepareItem(const SceneRegistry& scenes, LayerItem item);

// CG UPDATE and its HTTP twin: `patch` merged into the layer's current item (new keys
// replace old ones; "contest", a string, rebinds the layer), not parsed (`parsed` cleared).
Expected<LayerItem> mergeUpdate(LayerItem current, const nlohmann::json& patch);
// The merged item parsed for the layer's scene.
Expected<LayerItem> prepareUpdate(const SceneRegistry& scenes, LayerItem current, const nlohmann::json& patch);

// A show's items checked as a Take would check them, when the show loads:
// "FILE: /items/2/options/topN: must be an integer from 1 to 12". Items naming a scene
// this build lacks are left to the take (which answers 404).
Expected<void> checkShow(const Show& show, const SceneRegistry& scenes, const std::string& file);

} // namespace landslide
