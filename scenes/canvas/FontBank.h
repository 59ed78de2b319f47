#pragma once
// FontBank: every theme font role baked at its on-air pixel size plus a fixed ladder of
// smaller sizes, into one Dear ImGui font atlas, before anything goes on air. The atlas is
// never rebuilt while on air; text that does not fit steps down the ladder instead.
#include "feeds/base/Expected.h"

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct ImFont;
struct ImFontAtlas;

namespace landslide {

struct FontRole {
  std::string name; // "headline", "body", "figures" …
  std::string file; // path to a TTF/OTF file
  float size = 32;  // pixels at 1080 lines
};

class FontBank {
public:
  // Fractions of a role's size baked for fit-to-width, largest first.
  static constexpr std::array<float, 5> kLadder = {1.0f, 0.88f, 0.77f, 0.68f, 0.6f};

  // pixelScale = output lines / 1080. The Problem names the role and the file.
  static Expected<std::unique_ptr<FontBank>> bake(const std::vector<FontRole>& roles, float pixelScale);
  ~FontBank();
  FontBank(const FontBank&) = delete;
  FontBank& operator=(const FontBank&) = delete;

  // Role by name; an unknown role falls back to the first one (themes are validated on load).
  const ImFont* font(std::string_view role, int ladderStep = 0) const;
  float pixelSize(std::string_view role, int ladderStep = 0) const;
  bool hasRole(std::string_view role) const;
  ImFontAtlas& atlas() { return *atlas_; }
  const ImFontAtlas& atlas() const { return *atlas_; }
  float pixelScale() const { return pixelScale_; }
  // The widest digit advance of a baked font, for tabular figures.
  float digitAdvance(const ImFont* font) const;
  // Missing glyphs found while baking, one warning per font.
  const Problems& warnings() const { return warnings_; }

private:
  FontBank();
  struct Baked {
    std::string role;
    std::array<ImFont*, kLadder.size()> fonts{};
    std::array<float, kLadder.size()> digitAdvance{};
  };
  const Baked& baked(std::string_view role) const;

  std::unique_ptr<ImFontAtlas> atlas_;
  std::vector<Baked> baked_;
  float pixelScale_ = 1;
  Problems warnings_;
};

// Code points every on-air font must carry: Latin-1, Latin Extended-A, the General
// Punctuation marks captions use, and U+2212 MINUS SIGN.
const std::vector<unsigned>& requiredCodepoints();

} // namespace landslide
