#include "Show.h"

#include "feeds/base/Files.h"

namespace landslide {

namespace {
using nlohmann::json;

constexpr std::size_t kMaxShowBytes = 16u << 20; // thousands of items

// The Problem's path is the JSON pointer of the key; parseShow adds the file.
Expected<void> readString(const json& obj, const char* key, std::string& out, bool required, const std::string& path) {
  if (!obj.contains(key)) {
    if (required) return Problem::error("", path + "/" + key, "missing", "show");
    return {};
  }
  if (!obj[key].is_string()) return Problem::error("", path + "/" + key, "expected a string", "show");
  out = obj[key].get<std::string>();
  return {};
}
} // namespace

ShowLoad parseShow(std::string_view text, const std::string& file) {
  json root = json::parse(text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) return {std::nullopt, file + ": (document): not a JSON object"};
  Show show;
  for (auto read : {readString(root, "name", show.name, false, ""), readString(root, "feed", show.feed, false, "")})
    if (!read) return {std::nullopt, file + ": " + read.error()};
  if (!root.contains("items") || !root["items"].is_array()) return {std::nullopt, file + ": /items: expected an array"};
  for (size_t i = 0; i < root["items"].size(); ++i) {
    const json& j = root["items"][i];
    std::string path = "/items/" + std::to_string(i);
    if (!j.is_object()) return {std::nullopt, file + ": " + path + ": expected an object"};
    RundownItem item;
    for (auto read :
         {readString(j, "scene", item.scene, true, path), readString(j, "contest", item.contest, false, path),
          readString(j, "label", item.label, false, path)})
      if (!read) return {std::nullopt, file + ": " + read.error()};
    if (j.contains("layer")) {
      if (!j["layer"].is_number_integer() || j["layer"].get<int>() < 0 || j["layer"].get<int>() > 9999)
        return {std::nullopt, file + ": " + path + "/layer: expected a layer number from 0 to 9999"};
      item.layer = j["layer"].get<int>();
    }
    if (j.contains("options")) {
      if (!j["options"].is_object()) return {std::nullopt, file + ": " + path + "/options: expected an object"};
      item.options = j["options"];
    }
    show.items.push_back(std::move(item));
  }
  return {show, {}};
}

ShowLoad loadShow(const std::string& file) {
  auto text = files::readFile(file, kMaxShowBytes);
  if (!text) return {std::nullopt, file + ": cannot open the show file (" + text.problem().reason + ")"};
  return parseShow(*text, file);
}

std::string showToJson(const Show& show) {
  json items = json::array();
  for (const RundownItem& i : show.items)
    items.push_back(
        {{"label", i.label}, {"scene", i.scene}, {"contest", i.contest}, {"layer", i.layer}, {"options", i.options}});
  return json{{"format", "landslide-show"}, {"version", 1}, {"name", show.name}, {"feed", show.feed}, {"items", items}}
             .dump(2) +
         "\n";
}

Expected<void> saveShow(const Show& show, const std::string& file) {
  if (auto written = files::writeFileAtomically(file, showToJson(show)); !written)
    return Problem::error("", "", file + ": cannot write the show file (" + written.problem().reason + ")",
                          written.problem().rule);
  return {};
}

void moveItem(Show& show, size_t from, size_t to) {
  if (from >= show.items.size() || to >= show.items.size() || from == to) return;
  RundownItem item = std::move(show.items[from]);
  show.items.erase(show.items.begin() + long(from));
  show.items.insert(show.items.begin() + long(to), std::move(item));
}

} // namespace landslide
