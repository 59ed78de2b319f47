#include "feeds/Validate.h"

#include "feeds/Continuity.h"
#include "feeds/FieldReader.h"
#include "feeds/JsonReader.h"
#include "feeds/PartyTable.h"
#include "feeds/TextChecks.h"

#include <unordered_map>

namespace landslide {

using json = FeedJson;

namespace {

std::optional<uint32_t> parseColour(FieldReader& r, const json& obj, const std::string& path) {
  auto text = r.string(obj, path, "colour", false);
  if (!text) return std::nullopt;
  const auto& s = *text;
  bool ok = s.size() == 7 && s[0] == '#';
  uint32_t value = 0;
  for (std::size_t i = 1; ok && i < 7; ++i) {
    const char c = s[i];
    uint32_t digit = 0;
    if (c >= '0' && c <= '9')
      digit = static_cast<uint32_t>(c - '0');
    else if (c >= 'a' && c <= 'f')
      digit = static_cast<uint32_t>(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F')
      digit = static_cast<uint32_t>(c - 'A' + 10);
    else
      ok = false;
    value = value * 16 + digit;
  }
  if (!ok) {
    r.error(FieldReader::member(path, "colour"), "\"" + printable(s) + "\" is not a colour like \"#E4003B\"",
            "pattern");
    return std::nullopt;
  }
  return value;
}

void checkEncoding(FieldReader& r, const std::string& path, const std::string& text, std::string_view what) {
  if (auto repaired = repairDoubleEncoding(text))
    r.warning(path,
              std::string(what) + " \"" + printable(text) +
                  "\" looks double-encoded (UTF-8 read as Latin-1/Windows-1252): probably \"" + printable(*repaired) +
                  "\"",
              "double-encoded");
}

std::vector<Party> readParties(FieldReader& r, const json& doc) {
  std::vector<Party> parties;
  const auto it = doc.find("parties");
  if (it == doc.end()) {
    r.error("", "missing required field \"parties\"", "required");
    return parties;
  }
  if (!r.isArray(*it, "/parties", "parties")) return parties;
  std::unordered_map<std::string, std::size_t> seen;
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& p = (*it)[i];
    const std::string path = FieldReader::element("/parties", i);
    if (!r.isObject(p, path, "a party")) continue;
    r.onlyKeys(p, path, {"code", "name", "shortName", "colour", "countsAs", "independent", "speaker"});
    Party party;
    auto code = r.code(p, path, "code", true);
    auto name = r.string(p, path, "name", true, 1, 200);
    auto shortName = r.string(p, path, "shortName", false, 1, 16);
    party.colour = parseColour(r, p, path);
    auto countsAs = r.code(p, path, "countsAs", false);
    party.independent = r.boolean(p, path, "independent").value_or(false);
    party.speaker = r.boolean(p, path, "speaker").value_or(false);
    if (!code || !name) continue;
    if (auto [pos, fresh] = seen.emplace(*code, i); !fresh) {
      r.error(FieldReader::member(path, "code"),
              "duplicate party code \"" + *code + "\" (first at /parties/" + std::to_string(pos->second) + ")",
              "duplicate-party-code");
      continue;
    }
    party.code = *code;
    party.name = *name;
    party.shortName = shortName.value_or("");
    party.countsAs = countsAs.value_or("");
    checkEncoding(r, FieldReader::member(path, "name"), party.name, "party name");
    parties.push_back(std::move(party));
  }
  return parties;
}

bool isIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

} // namespace

ValidationResult validateFeed(const json& doc, std::string_view file, const ContinuityTable& builtin) {
  ValidationResult result;
  FieldReader r(file, result.problems);
  if (!r.isObject(doc, "", "a feed document")) return result;
  r.onlyKeys(doc, "", {"format", "formatVersion", "name", "date", "parties", "contests", "projection"});

  if (auto format = r.string(doc, "", "format", true); format && *format != kFormatName)
    r.error("/format", "must be \"" + std::string(kFormatName) + "\", not \"" + printable(*format) + "\"", "format");
  if (auto version = r.count(doc, "", "formatVersion", true)) {
    if (*version != kFormatVersion)
      r.error("/formatVersion",
              "format version " + std::to_string(*version) + " is not understood: this build reads version " +
                  std::to_string(kFormatVersion),
              "format");
    else
      result.election.formatVersion = static_cast<int>(*version);
  }
  result.election.name = r.string(doc, "", "name", true, 1, 200).value_or("");
  if (auto date = r.string(doc, "", "date", false)) {
    if (!isIsoDate(*date))
      r.error("/date", "\"" + printable(*date) + "\" is not a date like \"2024-07-04\"", "pattern");
    else
      result.election.date = *date;
  }

  result.election.parties = readParties(r, doc);
  const PartyTable parties(result.election.parties, builtin);
  for (std::size_t i = 0; i < result.election.parties.size(); ++i) {
    const auto& p = result.election.parties[i];
    if (!p.countsAs.empty() && !parties.inFeed(p.countsAs) && !builtin.find(p.countsAs))
      r.warning("/parties/" + std::to_string(i) + "/countsAs",
                "counts as \"" + p.countsAs + "\", which no party table lists", "unknown-party");
  }

  const auto it = doc.find("contests");
  if (it == doc.end()) {
    r.error("", "missing required field \"contests\"", "required");
    r.finish();
    return result;
  }
  if (!r.isArray(*it, "/contests", "contests")) {
    r.finish();
    return result;
  }
  std::unordered_map<std::string, std::size_t> ids;
  for (std::size_t i = 0; i < it->size(); ++i) {
    const std::string path = FieldReader::element("/contests", i);
    auto contest = readContest(r, (*it)[i], path, parties);
    if (!contest) continue;
    if (auto [pos, fresh] = ids.emplace(contest->id, i); !fresh) {
      r.error(path + "/id",
              "duplicate contest id \"" + printable(contest->id) + "\" (first at /contests/" +
                  std::to_string(pos->second) + ")",
              "duplicate-contest-id");
      continue;
    }
    checkEncoding(r, path + "/name", contest->name, "contest name");
    for (std::size_t c = 0; c < contest->candidates.size(); ++c)
      checkEncoding(r, path + "/candidates/" + std::to_string(c) + "/name", contest->candidates[c].name,
                    "candidate name");
    result.election.contests.push_back(std::move(*contest));
  }
  result.election.projection = readProjection(r, doc, parties, it->size());
  r.finish();
  return result;
}

} // namespace landslide
