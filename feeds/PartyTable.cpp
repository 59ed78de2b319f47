#include "feeds/PartyTable.h"

#include "feeds/Continuity.h"

#include <cctype>

namespace landslide {

PartyTable::PartyTable(const std::vector<Party>& feedParties, const ContinuityTable& builtin) {
  for (const auto& p : builtin.parties) parties_[p.code] = p;
  for (const auto& p : feedParties) {
    Party merged = p;
    // The feed's entry wins; built-in continuity fills what the feed leaves unsaid,
    // so a third-party feed listing "BRX" still counts it as Reform UK.
    if (auto it = parties_.find(p.code); it != parties_.end()) {
      if (merged.countsAs.empty()) merged.countsAs = it->second.countsAs;
      merged.independent = merged.independent || it->second.independent;
      merged.speaker = merged.speaker || it->second.speaker;
      if (merged.shortName.empty()) merged.shortName = it->second.shortName;
      if (merged.name.empty()) merged.name = it->second.name;
    }
    parties_[p.code] = std::move(merged);
    fromFeed_[p.code] = true;
  }
}

const Party* PartyTable::lookup(std::string_view code) const {
  auto it = parties_.find(std::string(code));
  return it == parties_.end() ? nullptr : &it->second;
}

bool PartyTable::inFeed(std::string_view code) const { return fromFeed_.count(std::string(code)) != 0; }

std::string PartyTable::canonical(std::string_view code) const {
  // One level only: continuity chains (A -> B -> C) are flattened in the data.
  const Party* p = lookup(code);
  if (p && !p->countsAs.empty() && p->countsAs != code) return p->countsAs;
  return std::string(code);
}

std::string PartyTable::shortName(std::string_view code) const {
  if (const Party* p = lookup(code); p && !p->shortName.empty()) return p->shortName;
  std::string out(code);
  for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string PartyTable::name(std::string_view code) const {
  if (const Party* p = lookup(code); p && !p->name.empty()) return p->name;
  return std::string(code);
}

std::optional<uint32_t> PartyTable::colour(std::string_view code) const {
  if (const Party* p = lookup(code)) return p->colour;
  return std::nullopt;
}

bool PartyTable::independent(std::string_view code) const {
  const Party* p = lookup(code);
  return p && p->independent;
}

bool PartyTable::speaker(std::string_view code) const {
  const Party* p = lookup(code);
  return p && p->speaker;
}

} // namespace landslide
