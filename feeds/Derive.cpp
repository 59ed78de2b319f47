// deriveContest: shares, change, winner, majority, turnout and caption for one contest,
// from its raw counts. Swing lives in Swing.cpp, national totals in Totals.cpp.

#include "feeds/Snapshot.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace landslide {

namespace swing_detail {
void deriveSwing(DerivedContest& d, const PartyTable& parties);
}

namespace {

// Party code -> index within one contest: a linear scan while there are few codes (a
// contest has 5-15), a hash once a hostile feed lists many. Keys are views: the strings
// they see must stay where they are while the index is used.
class CodeIndex {
public:
  static constexpr std::size_t kLinear = 24;
  // The index stored for code, storing `at` first if there was none; second: whether it was new.
  std::pair<std::size_t, bool> emplace(std::string_view code, std::size_t at) {
    if (auto found = find(code)) return {*found, false};
    if (hashed_.empty() && small_.size() < kLinear) {
      small_.emplace_back(code, at);
      return {at, true};
    }
    if (hashed_.empty()) {
      for (const auto& [k, v] : small_) hashed_.emplace(k, v);
      small_.clear();
    }
    hashed_.emplace(code, at);
    return {at, true};
  }
  std::optional<std::size_t> find(std::string_view code) const {
    if (!hashed_.empty()) {
      auto it = hashed_.find(code);
      return it == hashed_.end() ? std::nullopt : std::optional<std::size_t>(it->second);
    }
    for (const auto& [k, v] : small_)
      if (k == code) return v;
    return std::nullopt;
  }
  bool contains(std::string_view code) const { return find(code).has_value(); }

private:
  std::vector<std::pair<std::string_view, std::size_t>> small_;
  std::unordered_map<std::string_view, std::size_t> hashed_;
};

double percent(int64_t part, int64_t whole) {
  return whole > 0 ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

// Previous result pooled by canonical party; independents stay one entry per candidate.
// Lookups are hashed: a hostile feed may list a contest with 100,000 parties.
struct PreviousPool {
  std::vector<std::pair<std::string, int64_t>> entries; // in feed order of first appearance
  CodeIndex index;                                      // pooled (non-independent) entries
  int64_t valid = 0;
  std::optional<int64_t> byParty(std::string_view code) const {
    auto at = index.find(code);
    if (!at) return std::nullopt;
    return entries[*at].second;
  }
};

PreviousPool poolPrevious(const PreviousResult& prev, const PartyTable& parties) {
  PreviousPool pool;
  pool.entries.reserve(prev.votes.size()); // never moves: the index holds views of its codes
  int64_t sum = 0;
  for (const auto& v : prev.votes) {
    sum += v.votes;
    std::string code = parties.canonical(v.partyCode);
    if (parties.independent(code)) {
      pool.entries.emplace_back(std::move(code), v.votes);
      continue;
    }
    if (auto at = pool.index.find(code)) {
      pool.entries[*at].second += v.votes;
      continue;
    }
    pool.entries.emplace_back(std::move(code), v.votes);
    pool.index.emplace(pool.entries.back().first, pool.entries.size() - 1);
  }
  pool.valid = prev.validVotes.value_or(sum);
  return pool;
}

std::string previousWinnerOf(const PreviousPool& pool) {
  // Ties in a previous result are vanishingly rare; the first listed wins them.
  const std::pair<std::string, int64_t>* best = nullptr;
  for (const auto& e : pool.entries)
    if (!best || e.second > best->second) best = &e;
  return best && best->second > 0 ? best->first : std::string();
}

void deriveParties(DerivedContest& d, const PartyTable& parties, const PreviousPool* prev) {
  CodeIndex index; // pooled parties only; the codes live in d.candidates, which stays put
  for (const auto& dc : d.candidates) {
    std::size_t at = d.parties.size();
    const bool independent = parties.independent(dc.party);
    if (!independent) {
      at = index.emplace(dc.party, at).first;
    }
    if (at == d.parties.size()) {
      PartyResult p;
      p.code = dc.party;
      if (independent) p.candidateIndex = dc.index;
      d.parties.push_back(p);
    }
    d.parties[at].votes += dc.candidate->votes;
    ++d.parties[at].candidateCount;
  }
  for (auto& p : d.parties) {
    p.share = d.countsKnown ? percent(p.votes, d.validVotes) : 0.0;
    if (!prev || parties.independent(p.code)) continue;
    if (auto pv = prev->byParty(p.code)) {
      p.previousVotes = *pv;
      p.previousShare = percent(*pv, prev->valid);
      if (d.countsKnown) p.change = p.share - *p.previousShare;
    } else {
      p.isNew = true;
    }
  }
  std::stable_sort(d.parties.begin(), d.parties.end(),
                   [](const PartyResult& a, const PartyResult& b) { return a.votes > b.votes; });
  if (!prev) return;
  // Parties that stood last time but not now: their whole share was lost.
  for (const auto& [code, votes] : prev->entries) {
    if (parties.independent(code) || index.contains(code)) continue;
    PartyResult p;
    p.code = code;
    p.standing = false;
    p.previousVotes = votes;
    p.previousShare = percent(votes, prev->valid);
    if (d.countsKnown) p.change = -*p.previousShare;
    d.parties.push_back(p);
  }
}

void deriveCandidates(DerivedContest& d, const Contest& c, const PartyTable& parties) {
  for (std::size_t i = 0; i < c.candidates.size(); ++i) {
    DerivedCandidate dc;
    dc.index = i;
    dc.candidate = &c.candidates[i];
    dc.party = parties.canonical(c.candidates[i].partyCode);
    d.candidates.push_back(dc);
  }
  // Votes descending; a tie is ordered by the elected flag (the lot), then feed order.
  std::stable_sort(d.candidates.begin(), d.candidates.end(), [](const DerivedCandidate& a, const DerivedCandidate& b) {
    if (a.candidate->votes != b.candidate->votes) return a.candidate->votes > b.candidate->votes;
    return a.candidate->elected && !b.candidate->elected;
  });
  for (auto& dc : d.candidates) dc.share = d.countsKnown ? percent(dc.candidate->votes, d.validVotes) : 0.0;
}

void deriveWinner(DerivedContest& d, const Contest& c) {
  auto& cs = d.candidates;
  if (c.status == ContestStatus::WinnerOnly) {
    for (auto& dc : cs) {
      dc.winner = dc.candidate->elected;
      if (dc.winner) d.winner = dc.party;
    }
    return;
  }
  if (!d.countsKnown || cs.empty()) return;
  d.tie = cs.size() >= 2 && cs[0].candidate->votes == cs[1].candidate->votes;
  d.majority = cs.size() >= 2 ? cs[0].candidate->votes - cs[1].candidate->votes : cs[0].candidate->votes;
  d.majorityPct = percent(*d.majority, d.validVotes);
  // A tie is settled by lot; the feed says who won it with the elected flag.
  const bool decided = !d.tie || cs[0].candidate->elected;
  if (!hasResult(c.status) || !decided) return;
  cs[0].winner = true;
  d.winner = cs[0].party;
  if (cs.size() >= 2) d.runnerUp = cs[1].party;
}

void deriveTurnout(DerivedContest& d, const Contest& c, const PreviousPool* prev) {
  if (!c.electorate || *c.electorate <= 0 || !c.validVotes || (!d.countsKnown && c.status != ContestStatus::WinnerOnly))
    return;
  if (*c.validVotes == 0 && !c.rejected) return;
  d.turnoutBasis = c.rejected ? TurnoutBasis::BallotsCast : TurnoutBasis::ValidVotes;
  d.turnoutPct = percent(*c.validVotes + c.rejected.value_or(0), *c.electorate);
  if (!prev || !c.previous || !c.previous->electorate || *c.previous->electorate <= 0) return;
  const auto& p = *c.previous;
  // Compare like with like: if either side lacks rejected ballots, both use valid votes.
  const bool ballots = c.rejected.has_value() && p.rejected.has_value();
  d.turnoutChangeBasis = ballots ? TurnoutBasis::BallotsCast : TurnoutBasis::ValidVotes;
  const double now = percent(*c.validVotes + (ballots ? *c.rejected : 0), *c.electorate);
  const double before = percent(prev->valid + (ballots ? *p.rejected : 0), *p.electorate);
  if (before > 100.0) return;
  d.previousTurnoutPct = before;
  d.turnoutChange = now - before;
}

Outcome outcomeOf(DerivedContest& d, const Contest& c, const PartyTable& parties) {
  if (c.status == ContestStatus::Awaiting) return Outcome::None;
  if (c.status == ContestStatus::Recount) return Outcome::Recount;
  if (d.winner.empty()) return d.tie ? Outcome::Tie : Outcome::None;
  if (!d.previousWinner.empty()) {
    d.gain = d.winner != d.previousWinner;
    d.result = d.gain ? "gain" : "hold";
  }
  // The Speaker stands as "the Speaker seeking re-election", so broadcasters caption
  // the seat that way rather than as a gain from the Speaker's former party.
  if (parties.speaker(d.winner)) return Outcome::SpeakerReelected;
  if (d.gain) return Outcome::Gain;
  return d.previousWinner.empty() ? Outcome::Win : Outcome::Hold;
}

void deriveCaption(DerivedContest& d, const Contest& c, const PartyTable& parties) {
  d.outcome = outcomeOf(d, c, parties);
  d.caption = outcomeCaption(d.outcome, parties.shortName(d.winner), parties.shortName(d.previousWinner));
}

} // namespace

std::string_view basisName(TurnoutBasis basis) {
  return basis == TurnoutBasis::BallotsCast ? "ballots cast" : "valid votes";
}

const PartyResult* DerivedContest::party(std::string_view code) const {
  for (const auto& p : parties)
    if (p.code == code) return &p;
  return nullptr;
}

DerivedContest deriveContest(const Contest& c, const PartyTable& parties) {
  DerivedContest d;
  d.id = c.id;
  d.name = c.name;
  d.status = c.status;
  d.revision = c.revision;
  d.provisional = c.status == ContestStatus::Recount;
  d.corrected = c.status == ContestStatus::Corrected;

  int64_t sum = 0;
  bool allVotes = !c.candidates.empty();
  for (const auto& cand : c.candidates) {
    sum += cand.votes;
    allVotes = allVotes && cand.hasVotes;
  }
  d.validVotes = c.validVotes.value_or(sum);
  d.countsKnown = (hasFinalCounts(c.status) || (c.status == ContestStatus::Recount && allVotes)) && d.validVotes > 0;

  std::optional<PreviousPool> prev;
  if (c.previous) {
    prev = poolPrevious(*c.previous, parties);
    d.previousValidVotes = prev->valid;
    d.previousWinner = previousWinnerOf(*prev);
    // Everything pooled, independents too, for national totals.
    CodeIndex at; // views of prev->entries, which stays put
    for (const auto& entry : prev->entries) {
      auto [i, fresh] = at.emplace(entry.first, d.previousByParty.size());
      if (fresh)
        d.previousByParty.push_back(entry);
      else
        d.previousByParty[i].second += entry.second;
    }
  }
  deriveCandidates(d, c, parties);
  deriveParties(d, parties, prev ? &*prev : nullptr);
  CodeIndex partyOf; // the first entry of each code, as before
  for (std::size_t i = 0; i < d.parties.size(); ++i) partyOf.emplace(d.parties[i].code, i);
  for (auto& dc : d.candidates) {
    const auto at = partyOf.find(dc.party);
    const PartyResult* p = at ? &d.parties[*at] : nullptr;
    if (p && !parties.independent(dc.party) && p->candidateCount == 1) {
      dc.change = p->change;
      dc.isNew = p->isNew;
    }
  }
  deriveWinner(d, c);
  deriveTurnout(d, c, prev ? &*prev : nullptr);
  deriveCaption(d, c, parties);
  swing_detail::deriveSwing(d, parties);
  return d;
}

} // namespace landslide
