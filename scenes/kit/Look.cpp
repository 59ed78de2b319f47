#include "Look.h"

#include "feeds/base/Utf8.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace landslide {

namespace {
constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};

// "2023-10-19" → "19 October 2023"; anything else is shown as given.
std::string longDate(const std::string& iso) {
  if (iso.size() != 10) return iso;
  int month = std::atoi(iso.substr(5, 2).c_str()), day = std::atoi(iso.substr(8, 2).c_str());
  if (month < 1 || month > 12 || day < 1) return iso;
  return std::to_string(day) + " " + kMonths[size_t(month - 1)] + " " + iso.substr(0, 4);
}
} // namespace

unsigned upperCodepoint(unsigned c) {
  if (c >= 'a' && c <= 'z') return c - 32;
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32; // Latin-1: à → À, ô → Ô
  if (c == 0xFF) return 0x178;                            // ÿ → Ÿ
  if (c == 0x131) return 'I';                             // dotless ı
  // Latin Extended-A pairs upper/lower case as even/odd, with the parity flipping in
  // the Ĺ…ň and Ź…ž runs; ŵ → Ŵ, ŷ → Ŷ (Welsh), ő → Ő.
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return c & ~1u;
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1u) ? c : c - 1;
  return c;
}

std::string typographic(std::string_view text) {
  std::string out;
  for (char c : text) out += c == '\'' ? std::string("\xE2\x80\x99") : std::string(1, c);
  return out;
}

std::string upperText(std::string_view text) {
  std::string out;
  for (unsigned cp : decodeUtf8(text)) utf8text::append(out, char32_t(upperCodepoint(cp)));
  return out;
}

Look::Look(const SceneInput& in, const ResultsSnapshot* snapshot)
    : options_(optionsOf<SceneOptions>(in)), theme_(*in.theme), snapshot_(snapshot) {
  if (!snapshot_) return;
  if (!in.contest.empty()) {
    derived_ = snapshot_->derived(in.contest);
    raw_ = snapshot_->findContest(in.contest);
  } else if (!snapshot_->contests().empty()) {
    derived_ = &snapshot_->contests().front();
    raw_ = &snapshot_->election().contests.front();
  }
}

namespace {
std::string overrideIn(const NameOverrides& names, std::string_view name) {
  auto it = names.find(name);
  return it != names.end() ? it->second : std::string();
}
} // namespace

Rgba Look::colour(std::string_view party) const {
  if (snapshot_)
    if (auto rgb = snapshot_->partyColour(party)) return Rgba::fromHex(*rgb);
  return theme_.partyColour(party);
}

Rgba Look::textOn(std::string_view party, bool large) const { return theme_.textOn(colour(party), large, party); }

std::string Look::shortName(std::string_view party) const {
  if (std::string o = overrideIn(options_.shortNames, party); !o.empty()) return o;
  return snapshot_ ? snapshot_->shortName(party) : upperText(party);
}

std::string Look::partyName(std::string_view party) const {
  if (std::string o = overrideIn(options_.parties, party); !o.empty()) return o;
  return snapshot_ ? snapshot_->partyName(party) : std::string(party);
}

std::string Look::candidateName(const Candidate& c) const {
  if (std::string o = overrideIn(options_.names, c.name); !o.empty()) return o;
  return typographic(c.name);
}

std::string Look::title() const {
  if (options_.title && !options_.title->empty()) return *options_.title;
  return derived_ ? typographic(derived_->name) : std::string();
}

std::string Look::subtitle() const {
  if (options_.subtitle && !options_.subtitle->empty()) return *options_.subtitle;
  if (!snapshot_) return {};
  const Election& e = snapshot_->election();
  if (e.date.empty()) return e.name;
  return e.name.empty() ? longDate(e.date) : e.name + "  \xC2\xB7  " + longDate(e.date);
}

std::string Look::caption() const {
  if (options_.caption) return *options_.caption; // "" hides the feed's note
  return raw_ && !raw_->notes.empty() ? typographic(raw_->notes.front()) : std::string();
}

std::string Look::previousLabel() const {
  if (raw_ && raw_->previous && !raw_->previous->label.empty()) return raw_->previous->label;
  return "last time";
}

std::string Look::percent(double value, int decimals) const {
  return theme_.formatDecimal(value, decimals < 0 ? theme_.shareDecimals : decimals) + "%";
}

std::string Look::share(double value) const {
  double smallest = std::pow(10.0, -theme_.shareDecimals);
  if (value > 0 && value < smallest) return "<" + theme_.formatDecimal(smallest, theme_.shareDecimals) + "%";
  return percent(value);
}

std::string Look::change(double points) const { return theme_.formatDecimal(points, theme_.shareDecimals, true); }

} // namespace landslide
