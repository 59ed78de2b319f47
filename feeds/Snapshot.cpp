#include "feeds/Snapshot.h"

#include "feeds/Continuity.h"
#include "feeds/Instant.h"

#include <algorithm>

namespace landslide {

ResultsSnapshot::ResultsSnapshot(Election election, FeedErrors warnings, uint64_t sourceRevision,
                                 std::string sourceName, const ResultsSnapshot* before)
    : election_(std::move(election)), parties_(election_.parties, builtinContinuity()), warnings_(std::move(warnings)),
      sourceRevision_(sourceRevision), sourceName_(std::move(sourceName)) {
  derived_.reserve(election_.contests.size());
  for (std::size_t i = 0; i < election_.contests.size(); ++i) {
    derived_.push_back(deriveContest(election_.contests[i], parties_));
    index_.emplace(election_.contests[i].id, i);
  }
  totals_ = deriveTotals(derived_, &election_, &parties_);
  orderDeclarations(before);
}

// Arrival: a contest that already had a result in the previous snapshot keeps its
// arrival; one declaring now arrives with this snapshot (one past the newest before).
void ResultsSnapshot::orderDeclarations(const ResultsSnapshot* before) {
  uint64_t now = 1;
  if (before)
    for (uint64_t a : before->arrival_) now = std::max(now, a + 1);
  arrival_.assign(derived_.size(), 0);
  for (std::size_t i = 0; i < derived_.size(); ++i) {
    if (!hasResult(derived_[i].status)) continue;
    arrival_[i] = now;
    if (!before) continue;
    auto it = before->index_.find(derived_[i].id);
    if (it != before->index_.end() && before->arrival_[it->second] > 0) arrival_[i] = before->arrival_[it->second];
  }
  for (std::size_t i = 0; i < derived_.size(); ++i)
    if (arrival_[i] > 0) declarationOrder_.push_back(i);
  // ISO 8601 times with the same offset compare as text; mixed offsets are compared
  // as instants (parseInstant) so "03:04+01:00" sorts before "02:30+00:00".
  std::vector<std::optional<int64_t>> at(derived_.size());
  for (std::size_t i : declarationOrder_)
    if (election_.contests[i].declaredAt) at[i] = parseInstant(*election_.contests[i].declaredAt);
  std::stable_sort(declarationOrder_.begin(), declarationOrder_.end(), [&](std::size_t a, std::size_t b) {
    if (at[a] && at[b] && *at[a] != *at[b]) return *at[a] > *at[b];
    if (at[a].has_value() != at[b].has_value() && arrival_[a] == arrival_[b]) return at[a].has_value();
    if (arrival_[a] != arrival_[b]) return arrival_[a] > arrival_[b];
    return a > b;
  });
}

const DerivedContest* ResultsSnapshot::latestDeclared() const {
  return declarationOrder_.empty() ? nullptr : &derived_[declarationOrder_.front()];
}

const Contest* ResultsSnapshot::findContest(std::string_view id) const {
  auto it = index_.find(std::string(id));
  return it == index_.end() ? nullptr : &election_.contests[it->second];
}

const DerivedContest* ResultsSnapshot::derived(std::string_view id) const {
  auto it = index_.find(std::string(id));
  return it == index_.end() ? nullptr : &derived_[it->second];
}

std::string ResultsSnapshot::shortName(std::string_view code) const { return parties_.shortName(code); }

std::string ResultsSnapshot::partyName(std::string_view code) const { return parties_.name(code); }

std::optional<uint32_t> ResultsSnapshot::partyColour(std::string_view code) const { return parties_.colour(code); }

std::string ResultsSnapshot::canonicalParty(std::string_view code) const { return parties_.canonical(code); }

} // namespace landslide
