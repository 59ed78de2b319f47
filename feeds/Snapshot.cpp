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
  // Timed contests by instant (mixed offsets compare correctly), untimed ones by
  // arrival; later in the feed is later when all else is equal. One comparator over
  // both would not be a strict weak order (time and arrival can disagree), so the two
  // lists are sorted apart and merged: an untimed contest goes ahead of the timed ones
  // that arrived before it.
  std::vector<std::optional<int64_t>> at(derived_.size());
  std::vector<std::size_t> timed, untimed;
  for (std::size_t i = 0; i < derived_.size(); ++i) {
    if (arrival_[i] == 0) continue;
    if (election_.contests[i].declaredAt) at[i] = parseInstant(*election_.contests[i].declaredAt);
    (at[i] ? timed : untimed).push_back(i);
  }
  auto later = [&](std::size_t a, std::size_t b) {
    if (arrival_[a] != arrival_[b]) return arrival_[a] > arrival_[b];
    return a > b;
  };
  std::sort(timed.begin(), timed.end(), [&](std::size_t a, std::size_t b) {
    if (*at[a] != *at[b]) return *at[a] > *at[b];
    return later(a, b);
  });
  std::sort(untimed.begin(), untimed.end(), later);
  declarationOrder_.reserve(timed.size() + untimed.size());
  auto t = timed.begin();
  auto u = untimed.begin();
  while (t != timed.end() || u != untimed.end()) {
    if (u != untimed.end() && (t == timed.end() || arrival_[*u] > arrival_[*t]))
      declarationOrder_.push_back(*u++);
    else
      declarationOrder_.push_back(*t++);
  }
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
