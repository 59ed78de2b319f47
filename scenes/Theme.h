#pragma once
// Theme: the look of every scene as data (assets/themes/*.json): fonts by role, party
// colours, text colours chosen for contrast, durations, easing curves, margins, numbers.
#include "Easing.h"
#include "canvas/Colour.h"
#include "canvas/FontBank.h"
#include "feeds/base/Problem.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace landslide {

struct PartyStyle {
  Rgba colour;
  std::optional<Rgba> text; // forced text colour on this party's colour
};

struct Animation {
  double seconds = 0.6;
  Easing easing = Easing::linear();
};

struct Theme {
  std::string name;
  std::string file;
  std::vector<FontSpec> fonts; // one per role, every required role present (parseTheme checks)

  std::map<std::string, PartyStyle, std::less<>> parties; // keyed by upper-case party code
  Rgba fallbackParty = Rgba::fromHex(0xAAAAAA);
  Rgba lightText = Rgba::fromHex(0xFFFFFF);
  Rgba darkText = Rgba::fromHex(0x111418);
  Rgba plate = Rgba::fromHex(0x0B1B2E, 0.94f);
  Rgba plateEdge = Rgba::fromHex(0x1E3556);
  Rgba accent = Rgba::fromHex(0xFFFFFF);
  Rgba mutedText = Rgba::fromHex(0xB8C4D6);
  Rgba others = Rgba::fromHex(0x7D8A9C); // the combined "Others" bar
  Rgba track = Rgba::fromHex(0x16283F);  // the empty track behind a bar
  Rgba alert = Rgba::fromHex(0xF2B33D);  // RECOUNT / WINNER ONLY status chips
  std::optional<Rgba> backdrop;          // full-frame plate behind everything; none = transparent

  Animation entrance{0.7, *Easing::parse("ease-out-cubic")};
  Animation exit{0.45, *Easing::parse("ease-in-cubic")};
  Animation update{0.9, *Easing::parse("ease-in-out")};
  Animation page{0.6, *Easing::parse("ease-in-out")};
  double stagger = 0.06; // seconds between rows entering

  float titleSafe = 0.90f;
  float actionSafe = 0.93f;
  float cornerRadius = 6; // design units
  float margin = 8;       // design units between title-safe and the nearest text
  float padding = 36;     // design units between a plate's edge and its content
  float rowHeight = 92;   // design units: the tallest a vote-bars row grows
  std::string thousands = ",";
  std::string decimal = ".";
  int shareDecimals = 1;
  int topN = 6;

  // The colour for a party code (case-insensitive), or the fallback.
  Rgba partyColour(std::string_view code) const;
  // White or dark text on a background, whichever meets WCAG (≥ 4.5 small, ≥ 3.0 large),
  // unless the party has a forced text colour.
  Rgba textOn(Rgba background, bool large, std::string_view partyCode = {}) const;
  // 13872 → "13,872" with the theme's separator.
  std::string formatCount(int64_t value) const;
  // 34.0667 → "34.1" (shareDecimals); a negative value gets U+2212, signed adds "+".
  std::string formatDecimal(double value, int decimals, bool signedValue = false) const;
};

// A theme is checked whole, so a load reports every error (file and JSON pointer, e.g.
// /fonts/headline/file), not only the first.
struct ThemeLoad {
  std::optional<Theme> theme;
  Problems errors;
};

ThemeLoad loadTheme(const std::string& file);
ThemeLoad parseTheme(std::string_view json, const std::string& file);
// Where bundled themes live: $LANDSLIDE_ASSETS, else the source tree's assets/.
std::string assetsDirectory();
std::string defaultThemeFile();

} // namespace landslide
