// deriveTotals: seats won, gained and lost per party and the national vote share of a
// multi-contest election, from the derived contests.

#include "feeds/Snapshot.h"

#include <algorithm>
#include <map>

namespace landslide {

namespace {
double percent(int64_t part, int64_t whole) {
  return whole > 0 ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}
} // namespace

const PartyTotals* ElectionTotals::party(std::string_view code) const {
  for (const auto& p : parties)
    if (p.code == code) return &p;
  return nullptr;
}

ElectionTotals deriveTotals(const std::vector<DerivedContest>& contests, const Election* election,
                            const PartyTable* parties) {
  ElectionTotals t;
  std::map<std::string, PartyTotals> byCode;
  std::map<std::string, int64_t> previousVotes;
  int64_t previousValid = 0;
  bool previousComplete = true;
  auto entry = [&](const std::string& code) -> PartyTotals& {
    auto& p = byCode[code];
    p.code = code;
    return p;
  };

  for (const auto& d : contests) {
    ++t.contests;
    if (hasResult(d.status)) ++t.declared;
    if (!d.previousWinner.empty()) ++entry(d.previousWinner).previousSeats;
    if (!d.winner.empty()) {
      ++entry(d.winner).seats;
      if (d.gain) {
        ++entry(d.winner).gains;
        ++entry(d.previousWinner).losses;
      }
    }
    if (!d.countsKnown || !hasFinalCounts(d.status)) continue;
    ++t.counted;
    t.validVotes += d.validVotes;
    for (const auto& p : d.parties) entry(p.code).votes += p.votes;
    // National change compares the same seats before and after.
    if (!d.previousValidVotes) {
      previousComplete = false;
      continue;
    }
    previousValid += *d.previousValidVotes;
    for (const auto& [code, votes] : d.previousByParty) previousVotes[code] += votes;
  }
  t.toDeclare = t.contests - t.declared;
  t.majorityLine = t.contests / 2 + 1;
  // Projected seats, per canonical party (LABCOOP's seats are Labour's).
  if (election && election->projection)
    for (const ProjectedSeats& ps : election->projection->seats) {
      PartyTotals& p = entry(parties ? parties->canonical(ps.partyCode) : ps.partyCode);
      p.projected = p.projected.value_or(0) + ps.seats;
    }
  for (auto& [code, p] : byCode) {
    p.seatsNeeded = std::max(0, t.majorityLine - p.seats);
    p.share = percent(p.votes, t.validVotes);
    if (previousComplete && t.counted > 0 && previousValid > 0) {
      auto it = previousVotes.find(code);
      p.change = p.share - percent(it == previousVotes.end() ? 0 : it->second, previousValid);
    }
    t.parties.push_back(p);
  }
  // Parties that won votes last time only still lost that share.
  if (previousComplete && t.counted > 0 && previousValid > 0)
    for (const auto& [code, votes] : previousVotes)
      if (!byCode.count(code)) {
        PartyTotals p;
        p.code = code;
        p.seatsNeeded = t.majorityLine;
        p.change = -percent(votes, previousValid);
        t.parties.push_back(p);
      }
  std::stable_sort(t.parties.begin(), t.parties.end(), [](const PartyTotals& a, const PartyTotals& b) {
    if (a.seats != b.seats) return a.seats > b.seats;
    if (a.votes != b.votes) return a.votes > b.votes;
    return a.code < b.code;
  });
  return t;
}

} // namespace landslide
