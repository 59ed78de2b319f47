#include "feeds/FieldReader.h"

#include "feeds/JsonReader.h"
#include "feeds/base/Utf8.h"

#include <cmath>

namespace landslide {

using json = FeedJson;

void FieldReader::error(const std::string& path, std::string reason, const char* rule) {
  ++errors_;
  if (reportedErrors_ >= kMaxReportedProblems) {
    ++heldErrors_;
    return;
  }
  ++reportedErrors_;
  out_.push_back(FeedError{file_, path, std::move(reason), FeedError::Severity::Error, rule});
}

void FieldReader::warning(const std::string& path, std::string reason, const char* rule) {
  if (reportedWarnings_ >= kMaxReportedProblems) {
    ++heldWarnings_;
    return;
  }
  ++reportedWarnings_;
  out_.push_back(FeedError{file_, path, std::move(reason), FeedError::Severity::Warning, rule});
}

void FieldReader::finish() {
  if (heldErrors_)
    out_.push_back(FeedError{file_, "", "... and " + std::to_string(heldErrors_) + " more errors not listed",
                             FeedError::Severity::Error, "more"});
  if (heldWarnings_)
    out_.push_back(FeedError{file_, "", "... and " + std::to_string(heldWarnings_) + " more warnings not listed",
                             FeedError::Severity::Warning, "more"});
  heldErrors_ = heldWarnings_ = 0;
}

std::string FieldReader::member(const std::string& path, std::string_view key) {
  return path + "/" + jsonPointerToken(key);
}

std::string FieldReader::element(const std::string& path, std::size_t index) {
  return path + "/" + std::to_string(index);
}

std::string_view FieldReader::typeName(const json& v) {
  switch (v.type()) {
  case json::value_t::null: return "null";
  case json::value_t::object: return "an object";
  case json::value_t::array: return "an array";
  case json::value_t::string: return "a string";
  case json::value_t::boolean: return "a boolean";
  case json::value_t::number_integer:
  case json::value_t::number_unsigned: return "an integer";
  case json::value_t::number_float: return "a number with a fraction";
  default: return "an unsupported value";
  }
}

void FieldReader::onlyKeys(const json& obj, const std::string& path, std::initializer_list<std::string_view> allowed) {
  for (const auto& [key, value] : obj.items()) {
    bool known = false;
    for (auto a : allowed) known = known || a == key;
    if (!known) error(member(path, key), "unknown field \"" + printable(key) + "\"", "unknown-field");
  }
}

bool FieldReader::isObject(const json& v, const std::string& path, std::string_view what) {
  if (v.is_object()) return true;
  error(path, std::string(what) + " must be an object, not " + std::string(typeName(v)), "type");
  return false;
}

bool FieldReader::isArray(const json& v, const std::string& path, std::string_view what) {
  if (v.is_array()) return true;
  error(path, std::string(what) + " must be an array, not " + std::string(typeName(v)), "type");
  return false;
}

std::optional<std::string> FieldReader::string(const json& obj, const std::string& path, const char* key, bool required,
                                               std::size_t minChars, std::size_t maxChars) {
  const auto it = obj.find(key);
  // The member's path is built only for a message: most fields are fine.
  auto where = [&] { return member(path, key); };
  if (it == obj.end()) {
    if (required) error(path, std::string("missing required field \"") + key + "\"", "required");
    return std::nullopt;
  }
  if (!it->is_string()) {
    error(where(), std::string("must be a string, not ") + std::string(typeName(*it)), "type");
    return std::nullopt;
  }
  const auto& s = it->get_ref<const std::string&>();
  const auto n = utf8text::length(s); // nlohmann has checked the UTF-8
  if (n < minChars) {
    error(where(), minChars == 1 ? "must not be empty" : "must be at least " + std::to_string(minChars) + " characters",
          "length");
    return std::nullopt;
  }
  if (maxChars && n > maxChars) {
    error(where(), "must be at most " + std::to_string(maxChars) + " characters (has " + std::to_string(n) + ")",
          "length");
    return std::nullopt;
  }
  return s;
}

std::optional<int64_t> FieldReader::count(const json& obj, const std::string& path, const char* key, bool required,
                                          bool nullAllowed) {
  const auto it = obj.find(key);
  // The member's path is built only for a message: most fields are fine.
  auto where = [&] { return member(path, key); };
  if (it == obj.end() || (nullAllowed && it->is_null())) {
    if (required && it == obj.end()) error(path, std::string("missing required field \"") + key + "\"", "required");
    return std::nullopt;
  }
  const json& v = *it;
  if (v.is_number_unsigned()) {
    const auto u = v.get<uint64_t>();
    if (u > static_cast<uint64_t>(kMaxCount)) {
      error(where(), "is " + std::to_string(u) + "; counts above 10^12 are not plausible", "range");
      return std::nullopt;
    }
    return static_cast<int64_t>(u);
  }
  if (v.is_number_integer()) {
    const auto i = v.get<int64_t>();
    if (i < 0) {
      error(where(), "must not be negative (is " + std::to_string(i) + ")", "negative");
      return std::nullopt;
    }
    if (i > kMaxCount) {
      error(where(), "is " + std::to_string(i) + "; counts above 10^12 are not plausible", "range");
      return std::nullopt;
    }
    return i;
  }
  if (v.is_number_float()) {
    // JSON has one number type: 40720.0 is the whole number 40720 (as JSON Schema
    // agrees), but 40720.5 votes is an error.
    const double d = v.get<double>();
    if (!std::isfinite(d) || d != std::floor(d)) {
      error(where(), "must be a whole number (is " + printable(v.dump()) + ")", "non-integer");
      return std::nullopt;
    }
    if (d < 0) {
      error(where(), "must not be negative (is " + printable(v.dump()) + ")", "negative");
      return std::nullopt;
    }
    if (d > static_cast<double>(kMaxCount)) {
      error(where(), "is " + printable(v.dump()) + "; counts above 10^12 are not plausible", "range");
      return std::nullopt;
    }
    return static_cast<int64_t>(d);
  }
  error(where(), std::string("must be a whole number, not ") + std::string(typeName(v)), "type");
  return std::nullopt;
}

std::optional<bool> FieldReader::boolean(const json& obj, const std::string& path, const char* key) {
  const auto it = obj.find(key);
  if (it == obj.end()) return std::nullopt;
  if (!it->is_boolean()) {
    error(member(path, key), std::string("must be true or false, not ") + std::string(typeName(*it)), "type");
    return std::nullopt;
  }
  return it->get<bool>();
}

std::optional<std::string> FieldReader::code(const json& obj, const std::string& path, const char* key, bool required) {
  auto s = string(obj, path, key, required);
  if (!s) return std::nullopt;
  auto ok = [](char c, bool first) {
    const bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    return alnum || (!first && (c == '_' || c == '.' || c == '-'));
  };
  bool valid = !s->empty() && s->size() <= 32;
  for (std::size_t i = 0; valid && i < s->size(); ++i) valid = ok((*s)[i], i == 0);
  if (!valid) {
    error(member(path, key),
          "\"" + printable(*s) + "\" is not a party code (1-32 of A-Z a-z 0-9 _ . -, starting with a letter or digit)",
          "pattern");
    return std::nullopt;
  }
  return s;
}

} // namespace landslide
