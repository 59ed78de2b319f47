#include "SceneOptions.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace landslide {

namespace {

std::string pointer(std::string_view key) { return "/" + jsonPointerToken(key); }

// A JSON number, or a string that is one in full ("3", "1.5"); nullopt otherwise.
std::optional<double> numeric(const nlohmann::json& v) {
  if (v.is_number()) return v.get<double>();
  if (!v.is_string()) return std::nullopt;
  const std::string& s = v.get_ref<const std::string&>();
  double d = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(d)) return std::nullopt;
  return d;
}

std::string decimal(double v) {
  std::string s = std::to_string(v);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

} // namespace

OptionReader::OptionReader(const nlohmann::json& options) : options_(options) {
  if (!options_.is_object() && !options_.is_null())
    problem_ = Problem::error("", "", "options must be a JSON object", "options-object");
}

const nlohmann::json* OptionReader::find(std::string_view key) {
  known_.emplace_back(key);
  if (!options_.is_object()) return nullptr;
  auto it = options_.find(key);
  return it == options_.end() ? nullptr : &*it;
}

void OptionReader::fail(std::string_view key, std::string reason) {
  if (!problem_) problem_ = Problem::error("", pointer(key), std::move(reason), "scene-option");
}

void OptionReader::integer(std::string_view key, int& out, int lo, int hi) {
  const nlohmann::json* v = find(key);
  if (!v) return;
  std::optional<double> d = numeric(*v);
  if (!d || *d != std::floor(*d) || *d < lo || *d > hi)
    return fail(key, "must be an integer from " + std::to_string(lo) + " to " + std::to_string(hi));
  out = int(*d);
}

void OptionReader::number(std::string_view key, double& out, double lo, double hi) {
  const nlohmann::json* v = find(key);
  if (!v) return;
  std::optional<double> d = numeric(*v);
  if (!d || *d < lo || *d > hi) return fail(key, "must be a number from " + decimal(lo) + " to " + decimal(hi));
  out = *d;
}

void OptionReader::boolean(std::string_view key, bool& out) {
  const nlohmann::json* v = find(key);
  if (!v) return;
  if (v->is_boolean()) {
    out = v->get<bool>();
  } else if (v->is_string() && (*v == "true" || *v == "false")) {
    out = *v == "true";
  } else {
    fail(key, "must be true or false");
  }
}

void OptionReader::text(std::string_view key, std::optional<std::string>& out) {
  const nlohmann::json* v = find(key);
  if (!v) return;
  if (!v->is_string()) return fail(key, "must be a string");
  out = v->get<std::string>();
}

void OptionReader::names(std::string_view key, NameOverrides& out) {
  const nlohmann::json* v = find(key);
  if (!v) return;
  if (!v->is_object()) return fail(key, "must be an object of names, e.g. {\"MRLP\": \"Loony\"}");
  for (const auto& [name, value] : v->items()) {
    if (!value.is_string()) {
      if (!problem_) problem_ = Problem::error("", pointer(key) + pointer(name), "must be a string", "scene-option");
      return;
    }
    out[name] = value.get<std::string>();
  }
}

void OptionReader::common(SceneOptions& out) {
  text("title", out.title);
  text("subtitle", out.subtitle);
  text("caption", out.caption);
  names("names", out.names);
  names("parties", out.parties);
  names("shortNames", out.shortNames);
}

Expected<void> OptionReader::finish() const {
  if (problem_) return *problem_;
  if (!options_.is_object()) return {};
  for (const auto& [key, value] : options_.items()) {
    if (std::find(known_.begin(), known_.end(), key) != known_.end()) continue;
    std::vector<std::string> known = known_;
    std::sort(known.begin(), known.end());
    std::string list;
    for (const std::string& k : known) list += (list.empty() ? "" : ", ") + k;
    return Problem::error("", pointer(key), "unknown option (this scene takes " + list + ")", "scene-option");
  }
  return {};
}

} // namespace landslide
