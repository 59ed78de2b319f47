// Butler two-party swing and the swing a challenger needed.
// Swing from A to B = ((B now - B before) - (A now - A before)) / 2, in points.

#include "feeds/Snapshot.h"

namespace landslide {

namespace {

// Share now and before for a canonical party; a party not standing now has 0 % now.
struct ShareChange {
  double now = 0;
  double before = 0;
};

std::optional<ShareChange> shares(const DerivedContest& d, std::string_view code) {
  const PartyResult* p = d.party(code);
  if (!p || !p->previousShare || !d.countsKnown || p->candidateIndex) return std::nullopt;
  return ShareChange{p->share, *p->previousShare};
}

} // namespace

std::optional<double> butlerSwing(const DerivedContest& d, std::string_view from, std::string_view to) {
  const auto a = shares(d, from);
  const auto b = shares(d, to);
  if (!a || !b || from == to) return std::nullopt;
  return ((b->now - b->before) - (a->now - a->before)) / 2.0;
}

namespace swing_detail {

void deriveSwing(DerivedContest& d, const PartyTable& parties) {
  if (d.winner.empty()) return;
  // Independents have no previous share of their own, so no swing involves them.
  auto swingBetween = [&](const std::string& from, const std::string& to) -> std::optional<SwingFigure> {
    if (parties.independent(from) || parties.independent(to)) return std::nullopt;
    const auto s = butlerSwing(d, from, to);
    if (!s) return std::nullopt;
    // Quote the swing as a positive figure in the direction it went.
    if (*s < 0) return SwingFigure{to, from, -*s};
    return SwingFigure{from, to, *s};
  };
  if (d.gain)
    d.swing = swingBetween(d.previousWinner, d.winner);
  else if (!d.runnerUp.empty())
    d.swing = swingBetween(d.winner, d.runnerUp);

  // The swing needed: half the gap, last time, between the seat's previous winner
  // and the challenger (the winner of a gain, the runner-up of a hold).
  const std::string& holder = d.previousWinner;
  d.challenger = d.gain ? d.winner : d.runnerUp;
  if (holder.empty() || d.challenger.empty() || parties.independent(d.challenger) || parties.independent(holder))
    return;
  const PartyResult* h = d.party(holder);
  const PartyResult* ch = d.party(d.challenger);
  if (h && ch && h->previousShare && ch->previousShare && holder != d.challenger)
    d.challengerNeeded = (*h->previousShare - *ch->previousShare) / 2.0;
}

} // namespace swing_detail

} // namespace landslide
