#include "feeds/Continuity.h"

#include <nlohmann/json.hpp>

#include <cctype>

namespace landslide {

namespace {

std::string upperAlnum(std::string_view text) {
  std::string out;
  for (unsigned char c : text)
    if (std::isalnum(c) && c < 0x80) out += static_cast<char>(std::toupper(c));
  return out;
}

void readMap(const nlohmann::json& doc, const char* key, std::map<std::string, std::string>& out) {
  if (!doc.contains(key) || !doc[key].is_object()) return;
  for (const auto& [k, v] : doc[key].items())
    if (v.is_string()) out[k] = v.get<std::string>();
}

ContinuityTable parseTable(std::string_view text) {
  ContinuityTable table;
  // The text is our own, checked by the tests; a broken edit yields an empty table
  // rather than an exception at start-up.
  const auto doc = nlohmann::json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return table;
  if (doc.contains("parties") && doc["parties"].is_array()) {
    for (const auto& p : doc["parties"]) {
      Party party;
      party.code = p.value("code", "");
      party.name = p.value("name", "");
      party.shortName = p.value("shortName", party.code);
      party.countsAs = p.value("countsAs", "");
      party.independent = p.value("independent", false);
      party.speaker = p.value("speaker", false);
      table.parties.push_back(std::move(party));
    }
  }
  readMap(doc, "libraryAbbreviations", table.libraryAbbreviations);
  readMap(doc, "libraryPartyNames", table.libraryPartyNames);
  readMap(doc, "notionalVoteCodes", table.notionalVoteCodes);
  return table;
}

} // namespace

const Party* ContinuityTable::find(std::string_view code) const {
  for (const auto& p : parties)
    if (p.code == code) return &p;
  return nullptr;
}

const ContinuityTable& builtinContinuity() {
  static const ContinuityTable table = parseTable(continuityTableText());
  return table;
}

std::string partyCodeForLibrary(const ContinuityTable& table, std::string_view abbreviation,
                                std::string_view partyName) {
  if (auto it = table.libraryPartyNames.find(std::string(partyName)); it != table.libraryPartyNames.end())
    return it->second;
  if (auto it = table.libraryAbbreviations.find(std::string(abbreviation)); it != table.libraryAbbreviations.end())
    return it->second;
  return upperAlnum(abbreviation);
}

std::string partyCodeForNotional(const ContinuityTable& table, std::string_view voteCode) {
  if (auto it = table.notionalVoteCodes.find(std::string(voteCode)); it != table.notionalVoteCodes.end())
    return it->second;
  std::string code = upperAlnum(voteCode);
  if (code.size() > 1 && code.back() == 'V') code.pop_back();
  // IND1V, IND2V ... are separate independent candidates of the notional result.
  if (code.size() > 3 && code.compare(0, 3, "IND") == 0 && code.find_first_not_of("0123456789", 3) == std::string::npos)
    return "IND";
  return partyCodeForLibrary(table, code, "");
}

} // namespace landslide
