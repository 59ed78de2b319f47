// deriveBattleground: the challenger's targets among the defender's seats, ranked by
// the Butler swing needed, and which of them fall at the national swing so far.

#include "feeds/Snapshot.h"

#include <algorithm>
#include <map>

namespace landslide {

namespace {

int64_t previousVotes(const DerivedContest& d, std::string_view party) {
  for (const auto& [code, votes] : d.previousByParty)
    if (code == party) return votes;
  return 0;
}

// The two parties that won the most seats last time, most first (ties: by code).
std::pair<std::string, std::string> largestPrevious(const ElectionTotals& totals) {
  std::vector<const PartyTotals*> ranked;
  for (const PartyTotals& p : totals.parties)
    if (p.previousSeats > 0) ranked.push_back(&p);
  std::stable_sort(ranked.begin(), ranked.end(), [](const PartyTotals* a, const PartyTotals* b) {
    if (a->previousSeats != b->previousSeats) return a->previousSeats > b->previousSeats;
    return a->code < b->code;
  });
  std::pair<std::string, std::string> out;
  if (ranked.size() > 0) out.first = ranked[0]->code;
  if (ranked.size() > 1) out.second = ranked[1]->code;
  return out;
}

} // namespace

Battleground deriveBattleground(const ResultsSnapshot& snapshot, std::string_view challenger,
                                std::string_view defender) {
  Battleground b;
  auto [largest, second] = largestPrevious(snapshot.totals());
  // Given one side, the other defaults to the largest previous party that is not it.
  auto other = [&, largest = largest, second = second](const std::string& code) {
    return code == largest ? second : largest;
  };
  b.challenger = challenger.empty() ? std::string() : snapshot.canonicalParty(challenger);
  b.defender =
      defender.empty() ? (b.challenger.empty() ? largest : other(b.challenger)) : snapshot.canonicalParty(defender);
  if (b.challenger.empty()) b.challenger = other(b.defender);
  if (b.defender.empty() || b.challenger.empty() || b.defender == b.challenger) return b;

  // National two-party swing over the seats counted so far: the same seats before and
  // after, so it is half the difference of the two parties' changes in national share.
  const ElectionTotals& t = snapshot.totals();
  b.counted = t.counted;
  const PartyTotals* def = t.party(b.defender);
  const PartyTotals* ch = t.party(b.challenger);
  if (t.counted > 0) {
    double defChange = def && def->change ? *def->change : 0, chChange = ch && ch->change ? *ch->change : 0;
    bool known = (def && def->change) || (ch && ch->change);
    if (known) b.nationalSwing = (chChange - defChange) / 2.0;
  }

  for (const DerivedContest& d : snapshot.contests()) {
    if (d.previousWinner != b.defender || !d.previousValidVotes || *d.previousValidVotes <= 0) continue;
    double valid = static_cast<double>(*d.previousValidVotes);
    double lead = 100.0 * static_cast<double>(previousVotes(d, b.defender) - previousVotes(d, b.challenger)) / valid;
    BattlegroundTarget target;
    target.id = d.id;
    target.name = d.name;
    target.needed = lead / 2.0;
    target.winner = d.winner;
    target.declared = !d.winner.empty();
    target.fallen = target.declared && d.winner == b.challenger;
    target.wouldFall = b.nationalSwing && target.needed < *b.nationalSwing;
    b.fallen += target.fallen;
    b.wouldFall += target.wouldFall;
    b.targets.push_back(std::move(target));
  }
  std::stable_sort(b.targets.begin(), b.targets.end(),
                   [](const BattlegroundTarget& x, const BattlegroundTarget& y) { return x.needed < y.needed; });
  return b;
}

} // namespace landslide
