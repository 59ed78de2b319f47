#pragma once
// ResultsSnapshot: one immutable view of a feed — the raw election, the figures derived
// from it and the warnings it raised. Shared between threads as SnapshotPtr; nothing in
// it changes after construction.

#include "feeds/Derived.h"
#include "feeds/Election.h"
#include "feeds/FeedError.h"
#include "feeds/PartyTable.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace landslide {

class ResultsSnapshot {
public:
  // Derives everything from the election (parseFeed calls this).
  ResultsSnapshot(Election election, FeedErrors warnings, uint64_t sourceRevision, std::string sourceName);
  ResultsSnapshot(const ResultsSnapshot&) = delete;
  ResultsSnapshot& operator=(const ResultsSnapshot&) = delete;

  const Election& election() const { return election_; }
  const std::vector<DerivedContest>& contests() const { return derived_; } // same order as election().contests
  const ElectionTotals& totals() const { return totals_; }
  const FeedErrors& warnings() const { return warnings_; }
  uint64_t sourceRevision() const { return sourceRevision_; } // rises with each good snapshot of a source
  const std::string& sourceName() const { return sourceName_; }

  const Contest* findContest(std::string_view id) const;
  const DerivedContest* derived(std::string_view id) const;

  // Party display helpers (feed party table, then the built-in continuity table).
  std::string shortName(std::string_view code) const;               // "LAB", "CON", "LD", "REF", "GRN", "SPEAKER"
  std::string partyName(std::string_view code) const;               // "Labour"
  std::optional<uint32_t> partyColour(std::string_view code) const; // feed override, else theme's
  std::string canonicalParty(std::string_view code) const;          // "LABCOOP" -> "LAB"
  const PartyTable& parties() const { return parties_; }

private:
  Election election_;
  PartyTable parties_;
  std::vector<DerivedContest> derived_;
  ElectionTotals totals_;
  FeedErrors warnings_;
  uint64_t sourceRevision_ = 0;
  std::string sourceName_;
  std::unordered_map<std::string, std::size_t> index_;
};

using SnapshotPtr = std::shared_ptr<const ResultsSnapshot>;

// Derivation entry points (Derive.cpp, Totals.cpp), usable without a snapshot.
DerivedContest deriveContest(const Contest& contest, const PartyTable& parties);
ElectionTotals deriveTotals(const std::vector<DerivedContest>& contests);

} // namespace landslide
