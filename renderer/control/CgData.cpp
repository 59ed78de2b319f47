#include "CgData.h"

#include "feeds/JsonReader.h"
#include "feeds/base/Utf8.h"

#include <cctype>
#include <cstdint>
#include <map>

namespace landslide {

namespace {

constexpr const char* kSource = "CG data";

Problem problem(std::string path, std::string reason, std::string rule) {
  return Problem::error(kSource, std::move(path), std::move(reason), std::move(rule));
}

// Every text (keys and string values) within the limit; the JSON is already bounded in
// depth by readJson, so this recursion is too.
Expected<void> checkTexts(const nlohmann::json& j, const std::string& path, const CgDataLimits& limits) {
  auto tooLong = [&](const std::string& text, const std::string& where) -> Expected<void> {
    const std::size_t n = utf8text::length(text);
    if (n <= limits.maxTextCodePoints) return {};
    return problem(where,
                   "text is " + std::to_string(n) + " characters; at most " + std::to_string(limits.maxTextCodePoints) +
                       " are shown on air",
                   "text-length");
  };
  if (j.is_string()) return tooLong(j.get_ref<const std::string&>(), path);
  if (j.is_object()) {
    for (const auto& [key, value] : j.items()) {
      const std::string where = path + "/" + jsonPointerToken(key);
      if (auto e = tooLong(key, where); !e) return e;
      if (auto e = checkTexts(value, where, limits); !e) return e;
    }
  } else if (j.is_array()) {
    for (std::size_t i = 0; i < j.size(); ++i)
      if (auto e = checkTexts(j[i], path + "/" + std::to_string(i), limits); !e) return e;
  }
  return {};
}

std::string decodeEntities(std::string_view s) {
  static const std::map<std::string_view, char> named = {
      {"lt", '<'}, {"gt", '>'}, {"amp", '&'}, {"quot", '"'}, {"apos", '\''}};
  constexpr std::size_t kLongestEntity = 10; // "&#x10FFFF;"
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Looks no further than the longest entity, so text full of '&' stays linear.
    std::size_t semi = s[i] == '&' ? s.substr(i, kLongestEntity + 1).find(';') : std::string_view::npos;
    if (semi == std::string_view::npos) {
      out += s[i];
      continue;
    }
    semi += i;
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
      utf8text::append(out, static_cast<char32_t>(cp));
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
  bool empty = false; // <x/>: opens and closes
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
    if (!body.empty() && body.back() == '/') {
      tag.empty = true;
      body.remove_suffix(1);
    }
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

// A flat scan, not a tree: nothing recurses, and the nesting (elements open at once)
// and the number of elements are counted against the limits as the tags go by.
Expected<CgData> parseTemplateData(std::string_view xml, const CgDataLimits& limits) {
  CgData data;
  std::size_t pos = 0, depth = 0, elements = 0;
  bool sawRoot = false;
  std::string component;
  bool componentSet = false;
  while (auto tag = nextTag(xml, pos)) {
    if (tag->closing) {
      if (depth > 0) --depth;
    } else {
      if (++elements > limits.maxValues)
        return problem("", "more than " + std::to_string(limits.maxValues) + " XML elements", "size-limit");
      if (!tag->empty && ++depth > limits.maxDepth)
        return problem("", "XML nested deeper than " + std::to_string(limits.maxDepth) + " levels", "depth-limit");
    }
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
  if (!sawRoot) return problem("", "XML data without a <templateData> element", "cg-data-form");
  nlohmann::json all = data.options;
  if (data.contest) all["contest"] = *data.contest;
  if (auto e = checkTexts(all, "", limits); !e) return e.problem();
  return data;
}

Expected<nlohmann::json> readBounded(std::string_view text, const CgDataLimits& limits) {
  JsonReadResult read = readJson(text, kSource, JsonLimits{limits.maxBytes, limits.maxDepth, limits.maxValues});
  for (const Problem& p : read.problems)
    if (p.isError()) return p;
  return std::move(read.value);
}

Expected<CgData> fromJson(const nlohmann::json& j, const CgDataLimits& limits) {
  if (!j.is_object()) return problem("", "JSON data must be an object", "cg-data-form");
  if (auto e = checkTexts(j, "", limits); !e) return e.problem();
  CgData data;
  for (const auto& [key, value] : j.items()) {
    if (key != "contest")
      data.options[key] = value;
    else if (value.is_string())
      data.contest = value.get<std::string>();
    else
      return problem("/contest", "\"contest\" must be a string", "cg-data-form");
  }
  return data;
}

} // namespace

Expected<CgData> parseCgData(std::string_view text, const CgDataLimits& limits) {
  if (text.size() > limits.maxBytes)
    return problem("", "data is " + std::to_string(text.size()) + " bytes; at most " + std::to_string(limits.maxBytes),
                   "size-limit");
  if (!text.empty() && text.front() == '<') {
    if (!utf8text::isValid(text)) return problem("", "XML data is not valid UTF-8", "utf8");
    return parseTemplateData(text, limits);
  }
  const bool looksJson = !text.empty() && (text.front() == '{' || text.front() == '"');
  Expected<nlohmann::json> j = readBounded(text, limits);
  if (!j) {
    if (!looksJson) return problem("", "data is neither JSON nor <templateData> XML", "cg-data-form");
    return j.problem();
  }
  if (j->is_string()) { // encoded twice
    std::string inner = j->get<std::string>();
    if (!inner.empty() && inner.front() == '{') {
      Expected<nlohmann::json> twice = readBounded(inner, limits);
      if (!twice) return twice.problem();
      j = std::move(twice);
    }
  }
  return fromJson(*j, limits);
}

nlohmann::json mergeOptions(nlohmann::json base, const nlohmann::json& update) {
  if (!base.is_object()) base = nlohmann::json::object();
  for (const auto& [key, value] : update.items()) base[key] = value;
  return base;
}

} // namespace landslide
