#pragma once
// A layer's options, parsed once when a command arrives (Scene::parseOptions) into the
// scene's own struct; the scene reads that struct while it draws, never the JSON. The
// base holds the presentation overrides every scene shares (kit/Look applies them).
#include "feeds/base/Expected.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace landslide {

using NameOverrides = std::map<std::string, std::string, std::less<>>;

struct SceneOptions {
  virtual ~SceneOptions() = default;
  std::optional<std::string> title;    // replaces the scene's own heading
  std::optional<std::string> subtitle; // replaces *election name · date*
  std::optional<std::string> caption;  // the seat-change caption; "" hides the feed's note
  NameOverrides names;                 // candidate display names by feed name
  NameOverrides parties;               // party display names by canonical code
  NameOverrides shortNames;            // party short names by code
};

using SceneOptionsPtr = std::shared_ptr<const SceneOptions>;

// Reads one options object key by key. Each call registers its key as known and, when
// the key is present with a wrong type or out of range, records the first problem (path:
// the key's JSON Pointer). Numbers may come as strings ("3"): Flash-era XML CG data has
// nothing else.
class OptionReader {
public:
  explicit OptionReader(const nlohmann::json& options);

  void integer(std::string_view key, int& out, int lo, int hi);
  void number(std::string_view key, double& out, double lo, double hi);
  void boolean(std::string_view key, bool& out);
  void text(std::string_view key, std::optional<std::string>& out);
  void names(std::string_view key, NameOverrides& out);
  // title, subtitle, caption, names, parties, shortNames
  void common(SceneOptions& out);

  // The first problem; else an unknown key, refused with the known ones listed (a typo
  // on air shows nothing, so it is caught here).
  Expected<void> finish() const;

private:
  const nlohmann::json* find(std::string_view key);
  void fail(std::string_view key, std::string reason);

  const nlohmann::json& options_;
  std::vector<std::string> known_;
  std::optional<Problem> problem_;
};

// The scene's own struct once the reader has read every key, else the first problem.
template <class T>
Expected<T> finished(const OptionReader& reader, T options) {
  if (Expected<void> done = reader.finish(); !done) return done.problem();
  return options;
}

// As the pointer SceneInput carries.
template <class T>
Expected<SceneOptionsPtr> shared(Expected<T> parsed) {
  if (!parsed) return parsed.problem();
  return SceneOptionsPtr(std::make_shared<const T>(std::move(*parsed)));
}

} // namespace landslide
