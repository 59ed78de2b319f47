#include "HexLayout.h"

#include "HexLayoutText.h"
#include "feeds/Snapshot.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>

namespace landslide {

Expected<HexLayout> HexLayout::parse(std::string_view json, std::string label, std::span<const HexCodeAlias> aliases,
                                     const std::string& file) {
  auto problem = [&](std::string path, std::string reason) {
    return Problem::error(file, std::move(path), std::move(reason), "hexjson");
  };
  nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return problem("", "not a JSON object");
  if (doc.value("layout", std::string()) != "odd-r") return problem("/layout", "only \"odd-r\" is supported");
  auto hexes = doc.find("hexes");
  if (hexes == doc.end() || !hexes->is_object() || hexes->empty()) return problem("/hexes", "no hexes");

  HexLayout layout;
  layout.label_ = std::move(label);
  float minX = std::numeric_limits<float>::max(), minY = minX, maxX = -minX, maxY = -minX;
  int minQ = std::numeric_limits<int>::max(), maxQ = std::numeric_limits<int>::min(), minR = minQ, maxR = maxQ;
  for (const auto& [key, hex] : hexes->items()) {
    auto q = hex.find("q"), r = hex.find("r");
    if (!hex.is_object() || q == hex.end() || r == hex.end() || !q->is_number_integer() || !r->is_number_integer())
      return problem("/hexes/" + jsonPointerToken(key), "needs integer q and r");
    HexCell cell;
    cell.id = key;
    for (const HexCodeAlias& alias : aliases)
      if (alias.file == key) cell.id = alias.feed;
    cell.name = hex.value("n", std::string());
    cell.q = q->get<int>();
    cell.r = r->get<int>();
    // odd-r: odd rows sit half a column right; r & 1 is the parity of negative rows too.
    cell.centre = {kSqrt3 * (float(cell.q) + ((cell.r & 1) ? 0.5f : 0.0f)), -1.5f * float(cell.r)};
    minX = std::min(minX, cell.centre.x), maxX = std::max(maxX, cell.centre.x);
    minY = std::min(minY, cell.centre.y), maxY = std::max(maxY, cell.centre.y);
    minQ = std::min(minQ, cell.q), maxQ = std::max(maxQ, cell.q);
    minR = std::min(minR, cell.r), maxR = std::max(maxR, cell.r);
    if (!layout.index_.emplace(cell.id, layout.cells_.size()).second)
      return problem("/hexes/" + jsonPointerToken(key), "seat listed twice");
    layout.cells_.push_back(std::move(cell));
  }
  // Origin at the top-left of the outermost hexes: half a hex width and one radius out.
  for (HexCell& cell : layout.cells_) cell.centre = {cell.centre.x - minX + kSqrt3 * 0.5f, cell.centre.y - minY + 1.0f};
  layout.extent_ = {maxX - minX + kSqrt3, maxY - minY + 2.0f};
  layout.columns_ = maxQ - minQ + 1;
  layout.rows_ = maxR - minR + 1;
  return layout;
}

std::optional<std::size_t> HexLayout::find(std::string_view id) const {
  auto it = index_.find(std::string(id));
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

HexLayouts::HexLayouts() {
  struct Source {
    std::string_view text;
    const char* file;
    const char* label;
    std::span<const HexCodeAlias> aliases;
  };
  const Source sources[] = {
      {hexLayout2024Text(), "uk-constituencies-2024.hexjson", "2024 BOUNDARIES", kHex2024Aliases},
      {hexLayout2010Text(),
       "uk-constituencies-2010.hexjson",
       "2010\xE2\x80\x93"
       "2023 BOUNDARIES",
       {}},
  };
  for (const Source& s : sources) {
    if (auto layout = HexLayout::parse(s.text, s.label, s.aliases, s.file))
      layouts_.push_back(std::move(*layout));
    else
      errors_.push_back(layout.problem());
  }
}

HexLayouts::Choice HexLayouts::choose(const ResultsSnapshot& snapshot) const {
  Choice best;
  best.contests = int(snapshot.election().contests.size());
  for (const HexLayout& layout : layouts_) {
    int matched = 0;
    for (const Contest& c : snapshot.election().contests) matched += layout.find(c.id).has_value();
    if (matched > best.matched) best.layout = &layout, best.matched = matched;
  }
  return best;
}

} // namespace landslide
