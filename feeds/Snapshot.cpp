#include "feeds/Snapshot.h"

#include "feeds/Continuity.h"

namespace landslide {

ResultsSnapshot::ResultsSnapshot(Election election, FeedErrors warnings, uint64_t sourceRevision,
                                 std::string sourceName)
    : election_(std::move(election)), parties_(election_.parties, builtinContinuity()), warnings_(std::move(warnings)),
      sourceRevision_(sourceRevision), sourceName_(std::move(sourceName)) {
  derived_.reserve(election_.contests.size());
  for (std::size_t i = 0; i < election_.contests.size(); ++i) {
    derived_.push_back(deriveContest(election_.contests[i], parties_));
    index_.emplace(election_.contests[i].id, i);
  }
  totals_ = deriveTotals(derived_);
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
