#pragma once
// A show: the operator's rundown — ordered items, each a scene bound to a contest on a
// layer with a label and per-item overrides — saved to and loaded from a JSON show file.
#include "feeds/base/Expected.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace landslide {

struct RundownItem {
  std::string label;
  std::string scene;
  std::string contest;
  int layer = 10;
  nlohmann::json options = nlohmann::json::object(); // name and caption overrides, topN …
  bool operator==(const RundownItem&) const = default;
};

struct Show {
  std::string name = "Untitled show";
  std::string feed; // the feed source the show was made with (informative)
  std::vector<RundownItem> items;
  bool operator==(const Show&) const = default;
};

struct ShowLoad {
  std::optional<Show> show;
  std::string error; // "FILE: /items/2/scene: expected a string"
};

ShowLoad parseShow(std::string_view json, const std::string& file);
ShowLoad loadShow(const std::string& file);
std::string showToJson(const Show& show);
Expected<void> saveShow(const Show& show, const std::string& file); // files::writeFileAtomically

// Moves item `from` to position `to`, keeping the others in order.
void moveItem(Show& show, size_t from, size_t to);

} // namespace landslide
