#pragma once
// FieldReader: typed, path-aware access to a JSON document for the validator. Every
// failed read records a FeedError and returns nullopt; nothing throws.

#include "feeds/FeedError.h"
#include "feeds/JsonArena.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace landslide {

inline constexpr int64_t kMaxCount = 1'000'000'000'000; // 10^12: sums of 10^4 of them still fit int64

class FieldReader {
public:
  FieldReader(std::string_view file, FeedErrors& out) : file_(file), out_(out) {}

  void error(const std::string& path, std::string reason, const char* rule);
  void warning(const std::string& path, std::string reason, const char* rule);
  std::size_t errorCount() const { return errors_; }
  // Adds "... and N more" lines for what the report cap held back.
  void finish();

  // Reports every member of obj not in allowed ("unknown-field").
  void onlyKeys(const FeedJson& obj, const std::string& path, std::initializer_list<std::string_view> allowed);
  // obj must be an object; reports "type" otherwise.
  bool isObject(const FeedJson& v, const std::string& path, std::string_view what);
  bool isArray(const FeedJson& v, const std::string& path, std::string_view what);

  // Member readers. A missing required member is a "required" error; null counts as
  // missing only where nullAllowed says so.
  std::optional<std::string> string(const FeedJson& obj, const std::string& path, const char* key, bool required,
                                    std::size_t minChars = 0, std::size_t maxChars = 0);
  std::optional<int64_t> count(const FeedJson& obj, const std::string& path, const char* key, bool required,
                               bool nullAllowed = false);
  std::optional<bool> boolean(const FeedJson& obj, const std::string& path, const char* key);
  // A party code: 1-32 of A-Z a-z 0-9 _ . - starting with a letter or digit.
  std::optional<std::string> code(const FeedJson& obj, const std::string& path, const char* key, bool required);

  static std::string member(const std::string& path, std::string_view key);
  static std::string element(const std::string& path, std::size_t index);
  static std::string_view typeName(const FeedJson& v);

private:
  std::string file_;
  FeedErrors& out_;
  std::size_t errors_ = 0;
  std::size_t reportedErrors_ = 0, reportedWarnings_ = 0;
  std::size_t heldErrors_ = 0, heldWarnings_ = 0;
};

// At most this many errors and this many warnings are listed per document: a feed with
// 200,000 bad votes needs the first screenful, not 200,000 lines and their memory.
inline constexpr std::size_t kMaxReportedProblems = 1000;

} // namespace landslide
