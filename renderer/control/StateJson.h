#pragma once
// The HTTP API's JSON views of the playout: layers on air and cued (with their CasparCG
// address), feed health, sinks, scenes, contests, as-run entries and feed errors.
#include "CueTable.h"
#include "live/LiveEngine.h"

#include <nlohmann/json.hpp>

#include <map>

namespace landslide {

// "contest" is the binding as given ("latest" or an id); "resolved" the seat it shows
// (null while a "latest" layer waits for its first declaration, with "waiting": true).
// With data, the seat's name is added, and a cued item resolves against it.
nlohmann::json layerJson(const LayerView& layer, const ResultsSnapshot* data = nullptr);
nlohmann::json cuedJson(int layer, const LayerItem& item, const ResultsSnapshot* data = nullptr);
nlohmann::json feedJson(const SourceHealth& health);
nlohmann::json feedErrorsJson(const FeedErrors& errors, std::size_t limit = 200);
nlohmann::json stateJson(const EngineState& state, const std::map<int, LayerItem>& cued);
// What a tally light needs: each layer on air or cued, nothing that changes every frame.
nlohmann::json tallyJson(const EngineState& state, const std::map<int, LayerItem>& cued);
nlohmann::json scenesJson(const SceneRegistry& scenes);
nlohmann::json contestsJson(const SnapshotPtr& data);
nlohmann::json asRunJson(const std::vector<AsRunEntry>& entries);

} // namespace landslide
