#include "FontBank.h"

#include "feeds/base/Files.h"

#include <imgui.h>
#include <imgui_freetype.h>

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace landslide {

namespace {

// Glyph ranges handed to the atlas: pairs, zero-terminated, static for the atlas' lifetime.
constexpr ImWchar kRanges[] = {
    0x0020, 0x00FF, // Basic Latin + Latin-1 Supplement
    0x0100, 0x017F, // Latin Extended-A (ŵ ŷ are in Extended-A too: U+0175, U+0177)
    0x2000, 0x206F, // General Punctuation (– — ‘ ’ “ ” … • ′)
    0x2212, 0x2212, // MINUS SIGN
    0,
};

// Large CJK fonts are tens of MB; nothing on air needs more.
constexpr std::size_t kMaxFontBytes = 64u << 20;

Problem fontProblem(const FontSpec& role, const std::string& why) {
  return Problem::error("", "", "font role '" + std::string(fontRoleName(role.role)) + "': " + why, "font");
}

Expected<std::string> readFont(const FontSpec& role) {
  auto bytes = files::readFile(role.file, kMaxFontBytes);
  if (!bytes)
    return fontProblem(role, "font file not found or unreadable: " + role.file + " (" + bytes.problem().reason + ")");
  if (bytes->empty()) return fontProblem(role, "font file is empty: " + role.file);
  return bytes;
}

// Opens the face with FreeType first, so a broken font is a clear error rather than an
// assertion deep inside the atlas builder.
Expected<void> checkFace(const std::string& bytes, const FontSpec& role) {
  FT_Library library = nullptr;
  if (FT_Init_FreeType(&library) != 0) return fontProblem(role, "FreeType failed to initialise");
  FT_Face face = nullptr;
  bool ok =
      FT_New_Memory_Face(library, reinterpret_cast<const FT_Byte*>(bytes.data()), FT_Long(bytes.size()), 0, &face) == 0;
  if (face) FT_Done_Face(face);
  FT_Done_FreeType(library);
  if (!ok) return fontProblem(role, "not a font FreeType can read: " + role.file);
  return {};
}

std::string codepointList(const std::vector<unsigned>& missing) {
  std::string out;
  for (size_t i = 0; i < missing.size() && i < 12; ++i) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%sU+%04X", i ? " " : "", missing[i]);
    out += buf;
  }
  if (missing.size() > 12) out += " …";
  return out;
}

} // namespace

const std::vector<unsigned>& requiredCodepoints() {
  static const std::vector<unsigned> codepoints = [] {
    std::vector<unsigned> cps;
    for (unsigned c = 0x20; c <= 0x7E; ++c) cps.push_back(c);
    for (unsigned c = 0xA0; c <= 0x17F; ++c)
      if (c != 0xAD && c != 0x149) cps.push_back(c); // soft hyphen is invisible; U+0149 is deprecated
    for (unsigned c : {0x2013u, 0x2014u, 0x2018u, 0x2019u, 0x201Cu, 0x201Du, 0x2022u, 0x2026u, 0x2032u, 0x2212u})
      cps.push_back(c);
    return cps;
  }();
  return codepoints;
}

FontBank::FontBank() : atlas_(std::make_unique<ImFontAtlas>()) {}
FontBank::~FontBank() = default;

std::string_view fontRoleName(FontRole role) {
  switch (role) {
  case FontRole::Headline: return "headline";
  case FontRole::Title: return "title";
  case FontRole::Body: return "body";
  case FontRole::Label: return "label";
  case FontRole::Figures: return "figures";
  case FontRole::Display: return "display";
  }
  return "body";
}

std::optional<FontRole> fontRoleNamed(std::string_view name) {
  for (FontRole r : kFontRoles)
    if (fontRoleName(r) == name) return r;
  return std::nullopt;
}

bool fontRoleRequired(FontRole role) { return role != FontRole::Display; }

Expected<std::unique_ptr<FontBank>> FontBank::bake(const std::vector<FontSpec>& roles, float pixelScale) {
  if (roles.empty()) return Problem::error("", "", "no font roles given", "font");
  std::unique_ptr<FontBank> bank(new FontBank());
  bank->pixelScale_ = pixelScale;
  ImFontAtlas& atlas = *bank->atlas_;
  atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
  atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  atlas.TexGlyphPadding = 2;

  std::vector<std::string> files; // the bytes, checked once per distinct file
  for (const FontSpec& role : roles) {
    auto read = readFont(role);
    if (!read) return read.problem();
    const std::string& bytes = *read;
    if (auto face = checkFace(bytes, role); !face) return face.problem();
    const std::string name(fontRoleName(role.role));
    Baked baked;
    baked.role = role.role;
    for (size_t step = 0; step < kLadder.size(); ++step) {
      float px = std::max(4.0f, std::round(role.size * pixelScale * kLadder[step]));
      ImFontConfig config;
      config.FontDataOwnedByAtlas = true;
      config.OversampleH = config.OversampleV = 1;
      config.PixelSnapH = true;
      std::snprintf(config.Name, sizeof config.Name, "%s %.0fpx", name.c_str(), px);
      void* data = ImGui::MemAlloc(bytes.size());
      std::copy(bytes.begin(), bytes.end(), static_cast<char*>(data));
      baked.fonts[step] = atlas.AddFontFromMemoryTTF(data, int(bytes.size()), px, &config, kRanges);
    }
    int8_t& index = bank->index_[size_t(role.role)];
    if (index < 0) index = int8_t(bank->baked_.size()); // a role given twice: the first wins
    bank->baked_.push_back(baked);
  }
  if (!atlas.Build())
    return Problem::error("", "", "the font atlas could not be built (too many glyphs for one texture?)", "font");
  for (size_t r = 0; r < roles.size(); ++r) {
    Baked& baked = bank->baked_[r];
    for (size_t step = 0; step < kLadder.size(); ++step) {
      float widest = 0;
      for (char d = '0'; d <= '9'; ++d) widest = std::max(widest, baked.fonts[step]->GetCharAdvance(ImWchar(d)));
      baked.digitAdvance[step] = widest;
    }
    std::vector<unsigned> missing;
    for (unsigned cp : requiredCodepoints())
      if (!baked.fonts[0]->FindGlyphNoFallback(ImWchar(cp))) missing.push_back(cp);
    if (!missing.empty())
      bank->warnings_.push_back(
          Problem::warning("", "",
                           "font " + roles[r].file + " (role '" + std::string(fontRoleName(roles[r].role)) +
                               "') lacks " + std::to_string(missing.size()) + " glyphs: " + codepointList(missing),
                           "missing-glyphs"));
  }
  return bank;
}

const FontBank::Baked& FontBank::baked(FontRole role) const {
  const int8_t index = index_[size_t(role)];
  return index >= 0 ? baked_[size_t(index)] : baked_.front();
}

bool FontBank::hasRole(FontRole role) const { return index_[size_t(role)] >= 0; }

const ImFont* FontBank::font(FontRole role, int step) const {
  return baked(role).fonts[size_t(std::clamp(step, 0, int(kLadder.size()) - 1))];
}

float FontBank::pixelSize(FontRole role, int step) const { return font(role, step)->FontSize; }

float FontBank::digitAdvance(const ImFont* font) const {
  for (const Baked& b : baked_)
    for (size_t s = 0; s < kLadder.size(); ++s)
      if (b.fonts[s] == font) return b.digitAdvance[s];
  return font->GetCharAdvance(ImWchar('0'));
}

} // namespace landslide
