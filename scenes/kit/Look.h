#pragma once
// Look: what a scene needs to know about its contest and how to present it — the
// contest itself, party colours (the feed's override wins over the theme), display
// names with the layer's overrides, and numbers formatted the theme's way.
#include "Scene.h"
#include "feeds/Snapshot.h"

#include <optional>
#include <string>

namespace landslide {

class Look {
public:
  Look(const SceneInput& in, const ResultsSnapshot* snapshot);

  // The bound contest (the snapshot's first when the layer names none); null if absent.
  const DerivedContest* contest() const { return derived_; }
  const Contest* raw() const { return raw_; }
  const ResultsSnapshot* snapshot() const { return snapshot_; }
  const Theme& theme() const { return theme_; }

  Rgba colour(std::string_view party) const;
  // Text on a party's colour: the theme's per-party choice, else the WCAG pick.
  Rgba textOn(std::string_view party, bool large) const;
  std::string shortName(std::string_view party) const; // "LAB"; options.shortNames overrides
  std::string partyName(std::string_view party) const; // "Labour"; options.parties overrides
  std::string candidateName(const Candidate& c) const; // options.names overrides
  std::string title() const;                           // options.title, else the seat name
  std::string subtitle() const;                        // options.subtitle, else election and date
  std::string caption() const;                         // options.caption, else the feed's first note
  std::string previousLabel() const;                   // "2019", or "last time"

  // 34.0667 → "34.1%"; a share that rounds to zero but is not zero → "<0.1%".
  std::string share(double percent) const;
  // Signed change in points with a real minus: "+12.4", "−28.6".
  std::string change(double points) const;
  std::string count(int64_t n) const { return theme_.formatCount(n); }
  std::string percent(double value, int decimals = -1) const;

private:
  const SceneOptions& options_;
  const Theme& theme_;
  const ResultsSnapshot* snapshot_;
  const DerivedContest* derived_ = nullptr;
  const Contest* raw_ = nullptr;
};

// Upper case for captions, Latin-1 and Latin Extended-A included: "Ynys Môn" → "YNYS MÔN".
unsigned upperCodepoint(unsigned codepoint);
// Straight apostrophes as typographic ones: "seat's" → "seat’s", "O'Brien" → "O’Brien".
std::string typographic(std::string_view text);
std::string upperText(std::string_view text);

} // namespace landslide
