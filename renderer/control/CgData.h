#pragma once
// The data a CasparCG client sends with CG ADD / CG UPDATE, read as a Landslide binding:
// a JSON object ({"contest":"E14000813","title":"…"}) as HTML-template clients send it,
// or Flash-era <templateData> XML, whose componentData ids become the same keys:
//   <templateData><componentData id="contest"><data id="text" value="E14000813"/>
//   </componentData></templateData>
// "contest" binds the scene to a contest; every other key is a scene option.
// Client data is bounded where it enters (CgDataLimits): size, nesting, number of values
// and the length of every text, so nothing later (a copy, the journal, a scene fitting a
// title to its width) meets an input without a bound.
#include "feeds/base/Expected.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace landslide {

struct CgData {
  std::optional<std::string> contest;
  nlohmann::json options = nlohmann::json::object(); // without "contest"
};

struct CgDataLimits {
  std::size_t maxBytes = 64 * 1024; // a graphic's data is a few hundred bytes
  std::size_t maxDepth = 16;        // options nest two or three deep
  std::size_t maxValues = 10'000;   // JSON values, or XML elements
  // Every text (a value or a key): a title or caption fits a line of a graphic; a longer
  // one is a mistake the operator should see, not a graphic that shows "…" on air.
  std::size_t maxTextCodePoints = 256;
};

// Data starting with '{' (JSON) or '<' (XML). A JSON string holding a JSON object (data
// encoded twice, as some clients do) is accepted. The Problem names the field (a JSON
// Pointer such as "/title") and the rule broken ("text-length", "json-depth", …).
Expected<CgData> parseCgData(std::string_view text, const CgDataLimits& limits = {});

// Options merged the way CG UPDATE changes a layer: the new keys replace the old ones.
nlohmann::json mergeOptions(nlohmann::json base, const nlohmann::json& update);

} // namespace landslide
