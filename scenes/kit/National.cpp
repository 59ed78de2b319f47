#include "National.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <tuple>

namespace landslide {

namespace {

// Independents and the Speaker are not parties to rank: they go to Others.
bool pooledAlways(const ResultsSnapshot& s, const std::string& code) {
  return code == "IND" || s.parties().independent(code) || s.parties().speaker(code);
}

// What ranks a party, largest first; ties fall to the next key.
std::tuple<double, double, double, double> rankKey(const PartyTotals& p, RankBy by) {
  const double projected = p.projected.value_or(0), votes = double(p.votes);
  switch (by) {
  case RankBy::Seats: return {p.seats, projected, votes, p.previousSeats};
  case RankBy::Projected: return {projected, p.seats, votes, p.previousSeats};
  case RankBy::Net: return {std::abs(p.net()), p.seats, p.previousSeats, votes}; // the biggest moves, either way
  case RankBy::Share: return {votes, p.seats, p.previousSeats, 0};
  }
  return {};
}

bool hasSomething(const PartyRow& r, RankBy by) {
  switch (by) {
  case RankBy::Seats: return r.seats > 0 || r.projected.value_or(0) > 0;
  case RankBy::Projected: return r.projected.value_or(0) > 0 || r.seats > 0;
  case RankBy::Net: return r.net != 0;
  case RankBy::Share: return r.share > 0;
  }
  return false;
}

PartyRow rowOf(const Look& look, const PartyTotals& p) {
  PartyRow r;
  r.key = r.code = p.code;
  r.name = look.partyName(p.code);
  r.colour = look.colour(p.code);
  r.seats = p.seats;
  r.net = p.net();
  r.gains = p.gains;
  r.losses = p.losses;
  r.share = p.share;
  r.change = p.change;
  if (p.projected) r.projected = double(*p.projected);
  return r;
}

void pool(PartyRow& others, const PartyRow& r) {
  others.seats += r.seats;
  others.net += r.net;
  others.gains += r.gains;
  others.losses += r.losses;
  others.share += r.share;
  // Every change is against the same previous total, so Others' change is their sum;
  // one party without a change leaves Others without one.
  others.change = others.change && r.change ? std::optional(*others.change + *r.change) : std::nullopt;
  ++others.members;
}

} // namespace

double roundUp(double value, double step) { return std::max(step, std::ceil(value / step - 1e-9) * step); }

float mix(float a, float b, float t) { return a + (b - a) * t; }
double mixd(double a, double b, float t) { return a + (b - a) * double(t); }

NationalCount nationalCount(const ResultsSnapshot& results) {
  const ElectionTotals& t = results.totals();
  return {t.contests, t.declared, t.counted, t.majorityLine};
}

std::string declaredText(const NationalCount& c) {
  if (c.declared <= 0) return "NO SEATS DECLARED";
  if (c.declared >= c.contests) return "ALL " + std::to_string(c.contests) + " DECLARED";
  return std::to_string(c.declared) + " OF " + std::to_string(c.contests) + " DECLARED";
}

std::string basisText(const NationalCount& c, bool whenComplete) {
  if (c.counted >= c.contests) return whenComplete ? "ALL " + std::to_string(c.contests) + " SEATS" : std::string();
  return "BASED ON " + std::to_string(c.counted) + " OF " + std::to_string(c.contests) + " SEATS";
}

std::string changeSubtitle(const Look& look) {
  std::string sub = look.subtitle();
  if (!look.snapshot()) return sub;
  for (const Contest& c : look.snapshot()->election().contests)
    if (c.previous && !c.previous->label.empty())
      return sub + (sub.empty() ? "" : "  \xC2\xB7  ") + "change since " + c.previous->label;
  return sub;
}

std::vector<PartyRow> nationalRows(const Look& look, RankBy by, int topN, bool keepZero) {
  std::vector<PartyRow> rows;
  if (!look.snapshot()) return rows;
  const ResultsSnapshot& s = *look.snapshot();
  const ElectionTotals& totals = s.totals();
  std::vector<const PartyTotals*> ranked;
  for (const PartyTotals& p : totals.parties) ranked.push_back(&p);
  std::stable_sort(ranked.begin(), ranked.end(),
                   [by](const PartyTotals* a, const PartyTotals* b) { return rankKey(*a, by) > rankKey(*b, by); });

  PartyRow others;
  others.key = "others";
  others.name = "Others";
  others.colour = look.theme().others;
  others.change = 0.0;
  others.members = 0;
  double projectedNamed = 0;
  bool anyProjection = false;
  for (const PartyTotals* p : ranked) {
    PartyRow r = rowOf(look, *p);
    anyProjection = anyProjection || r.projected;
    // A party that stood last time only has nothing to show now but its lost share.
    bool show = hasSomething(r, by) || (keepZero && (p->seats > 0 || p->previousSeats > 0));
    if (int(rows.size()) < topN && show && !pooledAlways(s, p->code)) {
      projectedNamed += r.projected.value_or(0);
      rows.push_back(std::move(r));
    } else {
      pool(others, r);
    }
  }
  // Gains read top to bottom from the biggest gain to the biggest loss.
  if (by == RankBy::Net)
    std::stable_sort(rows.begin(), rows.end(), [](const PartyRow& a, const PartyRow& b) { return a.net > b.net; });
  if (anyProjection) others.projected = std::max(0.0, double(totals.contests) - projectedNamed);
  if (others.members > 0 && (hasSomething(others, by) || keepZero)) rows.push_back(std::move(others));
  return rows;
}

std::vector<RowTween> tweenRows(const std::vector<PartyRow>& from, const std::vector<PartyRow>& to, float t) {
  std::vector<RowTween> out;
  for (size_t j = 0; j < to.size(); ++j) {
    const PartyRow& b = to[j];
    auto a = std::find_if(from.begin(), from.end(), [&](const PartyRow& r) { return r.key == b.key; });
    RowTween tw{b, float(j), 1, false, a == from.end()};
    if (a != from.end()) {
      float i = float(a - from.begin());
      tw.index = mix(i, float(j), t);
      tw.sliding = i != float(j) && t < 1;
      PartyRow& r = tw.row;
      r.seats = mixd(a->seats, b.seats, t);
      r.net = mixd(a->net, b.net, t);
      r.gains = mixd(a->gains, b.gains, t);
      r.losses = mixd(a->losses, b.losses, t);
      r.share = mixd(a->share, b.share, t);
      if (a->change && b.change) r.change = mixd(*a->change, *b.change, t);
      if (a->projected && b.projected) r.projected = mixd(*a->projected, *b.projected, t);
      r.colour = lerp(a->colour, b.colour, t);
    } else {
      tw.presence = std::clamp(2 * t - 1, 0.0f, 1.0f); // after the row it replaces has gone
    }
    out.push_back(std::move(tw));
  }
  for (size_t i = 0; i < from.size(); ++i) {
    bool kept = std::any_of(to.begin(), to.end(), [&](const PartyRow& r) { return r.key == from[i].key; });
    if (!kept && t < 0.5f) out.push_back({from[i], float(i), 1 - 2 * t, false, false});
  }
  std::stable_sort(out.begin(), out.end(), [&](const RowTween& a, const RowTween& b) {
    auto rise = [&](const RowTween& r) {
      auto it = std::find_if(to.begin(), to.end(), [&](const PartyRow& x) { return x.key == r.row.key; });
      return it == to.end() ? 0.0f : r.index - float(it - to.begin());
    };
    return rise(a) < rise(b); // further still to fall = drawn first; rising rows last
  });
  return out;
}

} // namespace landslide
