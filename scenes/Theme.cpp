#include "Theme.h"

#include "feeds/base/Files.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>

#ifndef LANDSLIDE_SOURCE_ASSETS
#define LANDSLIDE_SOURCE_ASSETS "assets"
#endif

namespace landslide {

namespace {

using nlohmann::json;

std::string upper(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::toupper(c)); });
  return out;
}

class Reader {
public:
  Reader(const json& root, std::string file, Problems& errors) : root_(root), file_(std::move(file)), errors_(errors) {}

  void fail(const std::string& path, const std::string& reason) {
    errors_.push_back(Problem::error(file_, path, reason, "theme"));
  }

  const json* at(const std::string& path) const {
    json::json_pointer ptr(path);
    return root_.contains(ptr) ? &root_.at(ptr) : nullptr;
  }

  void number(const std::string& path, double& out, double lo, double hi) {
    const json* v = at(path);
    if (!v) return;
    if (!v->is_number() || v->get<double>() < lo || v->get<double>() > hi)
      return fail(path, "expected a number from " + fmt(lo) + " to " + fmt(hi));
    out = v->get<double>();
  }
  void number(const std::string& path, float& out, double lo, double hi) {
    double d = out;
    number(path, d, lo, hi);
    out = float(d);
  }
  void colour(const std::string& path, Rgba& out) {
    const json* v = at(path);
    if (!v) return;
    auto parsed = v->is_string() ? parseHexColour(v->get<std::string>()) : std::nullopt;
    if (!parsed) return fail(path, "expected a colour \"#RRGGBB\" or \"#RRGGBBAA\"");
    out = *parsed;
  }
  void animation(const std::string& name, Animation& out) {
    number("/timing/" + name, out.seconds, 0, 10);
    const json* e = at("/easing/" + name);
    if (!e) return;
    auto easing = e->is_string() ? Easing::parse(e->get<std::string>()) : std::nullopt;
    if (!easing) return fail("/easing/" + name, "unknown easing curve (try ease-out or cubic-bezier(x1,y1,x2,y2))");
    out.easing = *easing;
  }

private:
  static std::string fmt(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
  }
  const json& root_;
  std::string file_;
  Problems& errors_;
};

} // namespace

Rgba Theme::partyColour(std::string_view code) const {
  auto it = parties.find(upper(code));
  return it != parties.end() ? it->second.colour : fallbackParty;
}

Rgba Theme::textOn(Rgba background, bool large, std::string_view partyCode) const {
  if (!partyCode.empty()) {
    auto it = parties.find(upper(partyCode));
    if (it != parties.end() && it->second.text) return *it->second.text;
  }
  double needed = large ? 3.0 : 4.5;
  double light = contrastRatio(lightText, background), dark = contrastRatio(darkText, background);
  if (light >= needed) return lightText;
  return dark >= light ? darkText : lightText;
}

std::string Theme::formatCount(int64_t value) const {
  std::string digits = std::to_string(value < 0 ? -value : value), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += thousands;
    out += digits[i];
  }
  return value < 0 ? "\xE2\x88\x92" + out : out;
}

std::string Theme::formatDecimal(double value, int decimals, bool signedValue) const {
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(std::fabs(value) * scale) / scale;
  bool negative = value < 0 && rounded > 0;
  std::ostringstream s;
  s.setf(std::ios::fixed);
  s.precision(decimals);
  s << rounded;
  std::string body = s.str();
  if (decimal != ".")
    if (auto dot = body.find('.'); dot != std::string::npos) body.replace(dot, 1, decimal);
  if (negative) return "\xE2\x88\x92" + body; // U+2212 MINUS SIGN, not a hyphen
  if (signedValue && rounded > 0) return "+" + body;
  return body;
}

namespace {

constexpr int kMaxExtends = 4;
constexpr std::size_t kMaxThemeBytes = 4u << 20; // a theme is a page of JSON

// "extends": a theme may start from another (a path relative to itself) and say only
// what differs; objects merge key by key (RFC 7386), anything else replaces.
bool resolveExtends(json& root, const std::string& file, Problems& errors, int depth) {
  auto it = root.find("extends");
  if (it == root.end()) return true;
  if (!it->is_string()) {
    errors.push_back(Problem::error(file, "/extends", "expected the path of the theme this one extends", "theme"));
    return false;
  }
  if (depth >= kMaxExtends) {
    errors.push_back(Problem::error(file, "/extends", "themes extend each other too deeply (a loop?)", "theme"));
    return false;
  }
  std::filesystem::path basePath = std::filesystem::path(it->get<std::string>());
  if (basePath.is_relative()) basePath = std::filesystem::path(file).parent_path() / basePath;
  auto bytes = files::readFile(basePath.string(), kMaxThemeBytes);
  json base = bytes ? json::parse(*bytes, nullptr, false) : json();
  if (!bytes || base.is_discarded() || !base.is_object()) {
    errors.push_back(
        Problem::error(file, "/extends", "cannot read the theme it extends: " + basePath.string(), "theme"));
    return false;
  }
  if (!resolveExtends(base, basePath.string(), errors, depth + 1)) return false;
  root.erase("extends");
  base.merge_patch(root);
  root = std::move(base);
  return true;
}

} // namespace

ThemeLoad parseTheme(std::string_view text, const std::string& file) {
  ThemeLoad load;
  json root = json::parse(text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) {
    load.errors.push_back(Problem::error(file, "", "not a JSON object", "theme"));
    return load;
  }
  if (!resolveExtends(root, file, load.errors, 0)) return load;
  Theme theme;
  theme.file = file;
  Reader r(root, file, load.errors);
  if (const json* n = r.at("/name"); n && n->is_string()) theme.name = n->get<std::string>();

  const std::filesystem::path base = std::filesystem::path(file).parent_path();
  const json* fonts = r.at("/fonts");
  if (!fonts || !fonts->is_object() || fonts->empty()) {
    r.fail("/fonts", "expected an object of font roles, e.g. {\"body\": {\"file\": …, \"size\": 32}}");
  } else {
    for (const auto& [name, spec] : fonts->items()) {
      std::string path = "/fonts/" + name;
      std::optional<FontRole> role = fontRoleNamed(name);
      if (!role) {
        r.fail(path, "unknown font role (headline, title, body, label, figures, display)");
        continue;
      }
      if (!spec.is_object() || !spec.contains("file") || !spec["file"].is_string()) {
        r.fail(path + "/file", "expected the path of a font file");
        continue;
      }
      FontSpec fr{*role, spec["file"].get<std::string>(), 32};
      if (std::filesystem::path(fr.file).is_relative()) fr.file = (base / fr.file).string();
      r.number(path + "/size", fr.size, 6, 400);
      theme.fonts.push_back(fr);
    }
    // Scenes draw every required role: a theme without one is refused here, by name,
    // not discovered as the wrong font on air.
    for (FontRole role : kFontRoles)
      if (fontRoleRequired(role) && !fonts->contains(std::string(fontRoleName(role))))
        r.fail("/fonts/" + std::string(fontRoleName(role)),
               "missing: every theme needs a \"" + std::string(fontRoleName(role)) + "\" font (" +
                   "headline, title, body, label and figures; display is optional)");
  }

  if (const json* parties = r.at("/parties"); parties && parties->is_object()) {
    for (const auto& [code, spec] : parties->items()) {
      std::string path = "/parties/" + code;
      PartyStyle style;
      r.colour(path + "/colour", style.colour);
      if (spec.contains("text")) {
        Rgba t;
        r.colour(path + "/text", t);
        style.text = t;
      }
      if (!spec.contains("colour")) r.fail(path + "/colour", "missing");
      theme.parties[upper(code)] = style;
    }
  }
  r.colour("/colours/fallbackParty", theme.fallbackParty);
  r.colour("/colours/lightText", theme.lightText);
  r.colour("/colours/darkText", theme.darkText);
  r.colour("/colours/plate", theme.plate);
  r.colour("/colours/plateEdge", theme.plateEdge);
  r.colour("/colours/accent", theme.accent);
  r.colour("/colours/mutedText", theme.mutedText);
  r.colour("/colours/others", theme.others);
  r.colour("/colours/track", theme.track);
  r.colour("/colours/alert", theme.alert);
  if (r.at("/colours/backdrop")) {
    Rgba b;
    r.colour("/colours/backdrop", b);
    theme.backdrop = b;
  }
  r.animation("entrance", theme.entrance);
  r.animation("exit", theme.exit);
  r.animation("update", theme.update);
  r.animation("page", theme.page);
  r.number("/timing/stagger", theme.stagger, 0, 2);
  r.number("/layout/titleSafe", theme.titleSafe, 0.5, 1);
  r.number("/layout/actionSafe", theme.actionSafe, 0.5, 1);
  r.number("/layout/cornerRadius", theme.cornerRadius, 0, 100);
  r.number("/layout/margin", theme.margin, 0, 200);
  r.number("/layout/padding", theme.padding, 0, 200);
  r.number("/layout/rowHeight", theme.rowHeight, 30, 200);
  double topN = theme.topN, decimals = theme.shareDecimals;
  r.number("/layout/topN", topN, 1, 20);
  r.number("/numbers/shareDecimals", decimals, 0, 3);
  theme.topN = int(topN);
  theme.shareDecimals = int(decimals);
  if (const json* t = r.at("/numbers/thousands"); t && t->is_string()) theme.thousands = t->get<std::string>();
  if (const json* d = r.at("/numbers/decimal"); d && d->is_string()) theme.decimal = d->get<std::string>();
  if (load.errors.empty()) load.theme = std::move(theme);
  return load;
}

ThemeLoad loadTheme(const std::string& file) {
  auto bytes = files::readFile(file, kMaxThemeBytes);
  if (!bytes)
    return {std::nullopt,
            {Problem::error(file, "", "theme file not found or unreadable (" + bytes.problem().reason + ")",
                            bytes.problem().rule)}};
  return parseTheme(*bytes, file);
}

std::string assetsDirectory() {
  if (const char* env = std::getenv("LANDSLIDE_ASSETS"); env && *env) return env;
  return LANDSLIDE_SOURCE_ASSETS;
}

std::string defaultThemeFile() { return assetsDirectory() + "/themes/default.json"; }

} // namespace landslide
