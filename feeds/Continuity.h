#pragma once
// The party-continuity table (feeds/party-continuity.json, compiled in): standard
// parties, which codes count as which, and how the Commons Library's own party codes
// map to ours. Immutable data, parsed once.

#include "feeds/Election.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace landslide {

struct ContinuityTable {
  std::vector<Party> parties;                              // standard party table
  std::map<std::string, std::string> libraryAbbreviations; // Library "Party abbreviation" -> code
  std::map<std::string, std::string> libraryPartyNames;    // Library "Party name" -> code (wins over abbreviation)
  std::map<std::string, std::string> notionalVoteCodes;    // notional "Party vote code" -> code ("" = drop)

  const Party* find(std::string_view code) const;
};

// The compiled-in table. Constant data: parsed on first use, never modified.
const ContinuityTable& builtinContinuity();

// The JSON text of feeds/party-continuity.json (generated source).
std::string_view continuityTableText();

// Our code for a Library party: libraryPartyNames, then libraryAbbreviations, else the
// abbreviation upper-cased with everything but ASCII letters and digits removed.
std::string partyCodeForLibrary(const ContinuityTable& table, std::string_view abbreviation,
                                std::string_view partyName);

// Our code for a notional-results vote code ("CONV" -> "CON", "IND2V" -> "IND");
// "" means the row is not a party's votes (TOTOTHV, MAXOTHV) and is dropped.
std::string partyCodeForNotional(const ContinuityTable& table, std::string_view voteCode);

} // namespace landslide
