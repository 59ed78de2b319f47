#pragma once
// PartyTable: answers "what is this party code?" for one election — the feed's own
// party table first, the compiled-in continuity table second, then a plain fallback.

#include "feeds/Election.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace landslide {

struct ContinuityTable;

class PartyTable {
public:
  PartyTable(const std::vector<Party>& feedParties, const ContinuityTable& builtin);

  // True when the feed's party table lists the code.
  bool inFeed(std::string_view code) const;
  // The party a code counts as for shares, change, seats and captions
  // ("LABCOOP" -> "LAB", "BRX" -> "REF"); the code itself when nothing says otherwise.
  std::string canonical(std::string_view code) const;
  // Upper-case on-air code ("LAB", "CON", "LD", "REF", "GRN", "SPEAKER"); unknown
  // codes are shown upper-cased.
  std::string shortName(std::string_view code) const;
  // Full name; unknown codes give the code itself.
  std::string name(std::string_view code) const;
  std::optional<uint32_t> colour(std::string_view code) const;
  bool independent(std::string_view code) const;
  bool speaker(std::string_view code) const;

private:
  const Party* lookup(std::string_view code) const;

  std::unordered_map<std::string, Party> parties_; // feed entries override built-in ones
  std::unordered_map<std::string, bool> fromFeed_;
};

} // namespace landslide
