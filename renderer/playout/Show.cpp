#include "Show.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace landslide {

namespace {
using nlohmann::json;

bool readString(const json& obj, const char* key, std::string& out, bool required, std::string& error,
                const std::string& path) {
  if (!obj.contains(key)) {
    if (required) error = path + "/" + key + ": missing";
    return !required;
  }
  if (!obj[key].is_string()) {
    error = path + "/" + key + ": expected a string";
    return false;
  }
  out = obj[key].get<std::string>();
  return true;
}
} // namespace

ShowLoad parseShow(std::string_view text, const std::string& file) {
  json root = json::parse(text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) return {std::nullopt, file + ": (document): not a JSON object"};
  Show show;
  std::string error;
  if (!readString(root, "name", show.name, false, error, "") || !readString(root, "feed", show.feed, false, error, ""))
    return {std::nullopt, file + ": " + error};
  if (!root.contains("items") || !root["items"].is_array()) return {std::nullopt, file + ": /items: expected an array"};
  for (size_t i = 0; i < root["items"].size(); ++i) {
    const json& j = root["items"][i];
    std::string path = "/items/" + std::to_string(i);
    if (!j.is_object()) return {std::nullopt, file + ": " + path + ": expected an object"};
    RundownItem item;
    if (!readString(j, "scene", item.scene, true, error, path) ||
        !readString(j, "contest", item.contest, false, error, path) ||
        !readString(j, "label", item.label, false, error, path))
      return {std::nullopt, file + ": " + error};
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
  std::ifstream in(file, std::ios::binary);
  if (!in) return {std::nullopt, file + ": cannot open the show file"};
  std::stringstream text;
  text << in.rdbuf();
  return parseShow(text.str(), file);
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

bool saveShow(const Show& show, const std::string& file, std::string& error) {
  std::string temp = file + ".partial";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) {
      error = file + ": cannot write the show file";
      return false;
    }
    out << showToJson(show);
  }
  if (std::rename(temp.c_str(), file.c_str()) != 0) {
    error = file + ": cannot replace the show file";
    return false;
  }
  return true;
}

void moveItem(Show& show, size_t from, size_t to) {
  if (from >= show.items.size() || to >= show.items.size() || from == to) return;
  RundownItem item = std::move(show.items[from]);
  show.items.erase(show.items.begin() + long(from));
  show.items.insert(show.items.begin() + long(to), std::move(item));
}

} // namespace landslide
