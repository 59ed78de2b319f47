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
  // `before` (the same source's previous snapshot, may be null) carries arrival order.
  ResultsSnapshot(Election election, FeedErrors warnings, uint64_t sourceRevision, std::string sourceName,
                  const ResultsSnapshot* before = nullptr);
  ResultsSnapshot(const ResultsSnapshot&) = delete;
  ResultsSnapshot& operator=(const ResultsSnapshot&) = delete;

  const Election& election() const { return election_; }
  const std::vector<DerivedContest>& contests() const { return derived_; } // same order as election().contests
  const ElectionTotals& totals() const { return totals_; }
  const FeedErrors& warnings() const { return warnings_; }
  uint64_t sourceRevision() const { return sourceRevision_; } // rises with each good snapshot of a source
  const std::string& sourceName() const { return sourceName_; }

  const Contest* findContest(std::string_view id) const;
  // Contests with a result, latest declared first. Timed ones (declaredAt) newest first,
  // compared as instants; untimed ones by arrival — a contest declaring in a later
  // snapshot of the same source is later — and an untimed contest goes ahead of the
  // timed ones that arrived before it. Ties: later arrival, then later in feed order.
  // Indices into contests().
  const std::vector<std::size_t>& declarationOrder() const { return declarationOrder_; }
  const DerivedContest* latestDeclared() const; // null while nothing has declared
  // When each contest first had a result in this source, counting snapshots (arrival order).
  uint64_t arrival(std::size_t contestIndex) const { return arrival_[contestIndex]; }
  const DerivedContest* derived(std::string_view id) const;

  // Party display helpers (feed party table, then the built-in continuity table).
  std::string shortName(std::string_view code) const;               // "LAB", "CON", "LD", "REF", "GRN", "SPEAKER"
  std::string partyName(std::string_view code) const;               // "Labour"
  std::optional<uint32_t> partyColour(std::string_view code) const; // feed override, else theme's
  std::string canonicalParty(std::string_view code) const;          // "LABCOOP" -> "LAB"
  const PartyTable& parties() const { return parties_; }

private:
  void orderDeclarations(const ResultsSnapshot* before);

  Election election_;
  PartyTable parties_;
  std::vector<DerivedContest> derived_;
  ElectionTotals totals_;
  FeedErrors warnings_;
  uint64_t sourceRevision_ = 0;
  std::string sourceName_;
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<uint64_t> arrival_;
  std::vector<std::size_t> declarationOrder_;
};

using SnapshotPtr = std::shared_ptr<const ResultsSnapshot>;

// Derivation entry points (Derive.cpp, Totals.cpp), usable without a snapshot.
DerivedContest deriveContest(const Contest& contest, const PartyTable& parties);
// Without `election`, no projection is attached.
ElectionTotals deriveTotals(const std::vector<DerivedContest>& contests, const Election* election = nullptr,
                            const PartyTable* parties = nullptr);
// challenger/defender empty: the two parties with the most previous seats (most first =
// defender; given one, the other is the largest party that is not it). Codes are
// canonicalised; the same party twice gives no targets.
Battleground deriveBattleground(const ResultsSnapshot& snapshot, std::string_view challenger = {},
                                std::string_view defender = {});

} // namespace landslide
