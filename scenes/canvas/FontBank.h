#pragma once
// FontBank: every theme font role baked at its on-air pixel size plus a fixed ladder of
// smaller sizes, into one Dear ImGui font atlas, before anything goes on air. The atlas is
// never rebuilt while on air; text that does not fit steps down the ladder instead.
#include "feeds/base/Expected.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct ImFont;
struct ImFontAtlas;

namespace landslide {

// What a piece of text is for; the theme gives each role a font and a size. Code names
// roles by this enum (no string lookups per glyph run); the theme JSON by fontRoleName.
enum class FontRole : uint8_t { Headline, Title, Body, Label, Figures, Display };
inline constexpr std::array<FontRole, 6> kFontRoles = {FontRole::Headline, FontRole::Title,   FontRole::Body,
                                                       FontRole::Label,    FontRole::Figures, FontRole::Display};
std::string_view fontRoleName(FontRole role); // "headline", "body", "figures" …
std::optional<FontRole> fontRoleNamed(std::string_view name);
// Every theme gives these; Display (hero figures) is optional: scenes fall back to Headline.
bool fontRoleRequired(FontRole role);

struct FontSpec {
  FontRole role = FontRole::Body;
  std::string file; // path to a TTF/OTF file
  float size = 32;  // pixels at 1080 lines
};

class FontBank {
public:
  // Fractions of a role's size baked for fit-to-width, largest first.
  static constexpr std::array<float, 5> kLadder = {1.0f, 0.88f, 0.77f, 0.68f, 0.6f};

  // pixelScale = output lines / 1080. The Problem names the role and the file.
  static Expected<std::unique_ptr<FontBank>> bake(const std::vector<FontSpec>& roles, float pixelScale);
  ~FontBank();
  FontBank(const FontBank&) = delete;
  FontBank& operator=(const FontBank&) = delete;

  // A role the bank lacks falls back to the first one baked (themes are checked on load).
  const ImFont* font(FontRole role, int ladderStep = 0) const;
  float pixelSize(FontRole role, int ladderStep = 0) const;
  bool hasRole(FontRole role) const;
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
    FontRole role = FontRole::Body;
    std::array<ImFont*, kLadder.size()> fonts{};
    std::array<float, kLadder.size()> digitAdvance{};
  };
  const Baked& baked(FontRole role) const;

  std::unique_ptr<ImFontAtlas> atlas_;
  std::vector<Baked> baked_;                                            // in the order given (the atlas's order)
  std::array<int8_t, kFontRoles.size()> index_{-1, -1, -1, -1, -1, -1}; // role → baked_, -1: none
  float pixelScale_ = 1;
  Problems warnings_;
};

// Code points every on-air font must carry: Latin-1, Latin Extended-A, the General
// Punctuation marks captions use, and U+2212 MINUS SIGN.
const std::vector<unsigned>& requiredCodepoints();

} // namespace landslide
