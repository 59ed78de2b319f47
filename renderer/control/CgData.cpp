#include "CgData.h"

#include "feeds/base/Utf8.h"

#include <cctype>
#include <cstdint>
#include <map>

namespace landslide {

namespace {

void appendUtf8(std::string& out, uint32_t cp) { utf8text::append(out, char32_t(cp)); }

std::string decodeEntities(std::string_view s) {
  static const std::map<std::string_view, char> named = {
      {"lt", '<'}, {"gt", '>'}, {"amp", '&'}, {"quot", '"'}, {"apos", '\''}};
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::size_t semi = s[i] == '&' ? s.find(';', i) : std::string_view::npos;
    if (semi == std::string_view::npos || semi - i > 10) {
      out += s[i];
      continue;
    }
    std::string_view ent = s.substr(i + 1, semi - i - 1);
    if (auto it = named.find(ent); it != named.end()) {
      out += it->second;
    } else if (ent.size() > 1 && ent[0] == '#') {
      bool hex = ent[1] == 'x' || ent[1] == 'X';
      uint32_t cp = 0;
      bool ok = ent.size() > (hex ? 2u : 1u);
      for (char c : ent.substr(hex ? 2 : 1)) {
        int d = std::isdigit(static_cast<unsigned char>(c))           ? c - '0'
                : hex && std::isxdigit(static_cast<unsigned char>(c)) ? std::tolower(c) - 'a' + 10
                                                                      : -1;
        if (d < 0 || cp > 0x10FFFF)
          ok = false;
        else
          cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
      }
      if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        out += s[i];
        continue;
      }
      appendUtf8(out, cp);
    } else {
      out += s[i];
      continue;
    }
    i = semi;
  }
  return out;
}

struct Tag {
  std::string name;
  std::map<std::string, std::string> attributes;
  bool closing = false;
};

// The next element tag at or after pos (declarations and comments skipped).
std::optional<Tag> nextTag(std::string_view xml, std::size_t& pos) {
  while (true) {
    std::size_t open = xml.find('<', pos);
    if (open == std::string_view::npos) return std::nullopt;
    std::size_t close = xml.find('>', open);
    if (close == std::string_view::npos) return std::nullopt;
    pos = close + 1;
    std::string_view body = xml.substr(open + 1, close - open - 1);
    if (body.empty() || body[0] == '?' || body[0] == '!') continue;
    Tag tag;
    if (body[0] == '/') {
      tag.closing = true;
      body.remove_prefix(1);
    }
    if (!body.empty() && body.back() == '/') body.remove_suffix(1);
    std::size_t i = 0;
    while (i < body.size() && !std::isspace(static_cast<unsigned char>(body[i]))) tag.name += body[i++];
    while (i < body.size()) {
      while (i < body.size() && std::isspace(static_cast<unsigned char>(body[i]))) ++i;
      std::size_t eq = body.find('=', i);
      if (eq == std::string_view::npos) break;
      std::string_view key = body.substr(i, eq - i);
      while (!key.empty() && std::isspace(static_cast<unsigned char>(key.back()))) key.remove_suffix(1);
      std::size_t q = eq + 1;
      while (q < body.size() && std::isspace(static_cast<unsigned char>(body[q]))) ++q;
      if (q >= body.size() || (body[q] != '"' && body[q] != '\'')) break;
      std::size_t end = body.find(body[q], q + 1);
      if (end == std::string_view::npos) break;
      tag.attributes[std::string(key)] = decodeEntities(body.substr(q + 1, end - q - 1));
      i = end + 1;
    }
    return tag;
  }
}

std::optional<CgData> parseTemplateData(std::string_view xml, std::string& error) {
  CgData data;
  std::size_t pos = 0;
  bool sawRoot = false;
  std::string component;
  bool componentSet = false;
  while (auto tag = nextTag(xml, pos)) {
    if (tag->name == "templateData") {
      sawRoot = true;
    } else if (tag->name == "componentData") {
      component = tag->closing ? std::string() : tag->attributes["id"];
      componentSet = false;
    } else if (tag->name == "data" && !tag->closing && !component.empty()) {
      // A component's "text" value wins over its other data elements.
      auto id = tag->attributes.find("id");
      bool isText = id != tag->attributes.end() && id->second == "text";
      auto value = tag->attributes.find("value");
      if (value == tag->attributes.end() || (componentSet && !isText)) continue;
      if (component == "contest")
        data.contest = value->second;
      else
        data.options[component] = value->second;
      componentSet = componentSet || isText;
    }
  }
  if (!sawRoot) {
    error = "XML data without a <templateData> element";
    return std::nullopt;
  }
  return data;
}

std::optional<CgData> fromJson(const nlohmann::json& j, std::string& error) {
  if (!j.is_object()) {
    error = "JSON data must be an object";
    return std::nullopt;
  }
  CgData data;
  for (const auto& [key, value] : j.items()) {
    if (key != "contest") {
      data.options[key] = value;
    } else if (value.is_string()) {
      data.contest = value.get<std::string>();
    } else {
      error = "\"contest\" must be a string";
      return std::nullopt;
    }
  }
  return data;
}

} // namespace

std::optional<CgData> parseCgData(std::string_view text, std::string& error) {
  if (!text.empty() && text.front() == '<') return parseTemplateData(text, error);
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded()) {
    error = "data is neither JSON nor <templateData> XML";
    return std::nullopt;
  }
  if (j.is_string()) { // encoded twice
    nlohmann::json inner = nlohmann::json::parse(j.get<std::string>(), nullptr, false);
    if (!inner.is_discarded()) j = std::move(inner);
  }
  return fromJson(j, error);
}

nlohmann::json mergeOptions(nlohmann::json base, const nlohmann::json& update) {
  if (!base.is_object()) base = nlohmann::json::object();
  for (const auto& [key, value] : update.items()) base[key] = value;
  return base;
}

} // namespace landslide
