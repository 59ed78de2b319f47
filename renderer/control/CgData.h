#pragma once
// The data a CasparCG client sends with CG ADD / CG UPDATE, read as a Landslide binding:
// a JSON object ({"contest":"E14000813","title":"…"}) as HTML-template clients send it,
// or Flash-era <templateData> XML, whose componentData ids become the same keys:
//   <templateData><componentData id="contest"><data id="text" value="E14000813"/>
//   </componentData></templateData>
// "contest" binds the scene to a contest; every other key is a scene option.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace landslide {

struct CgData {
  std::optional<std::string> contest;
  nlohmann::json options = nlohmann::json::object(); // without "contest"
};

// Data starting with '{' (JSON) or '<' (XML); nullopt and a reason when it does not parse.
// A JSON string holding a JSON object (data encoded twice, as some clients do) is accepted.
std::optional<CgData> parseCgData(std::string_view text, std::string& error);

// Options merged the way CG UPDATE changes a layer: the new keys replace the old ones.
nlohmann::json mergeOptions(nlohmann::json base, const nlohmann::json& update);

} // namespace landslide
