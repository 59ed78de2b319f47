#include "VoteRows.h"

#include <algorithm>
#include <cmath>

namespace landslide {

namespace {
constexpr int kMaxNamesOnly = 12; // rows listed by name when there are no votes to rank them
}

Expected<VoteBarsOptions> parseVoteBarsOptions(const nlohmann::json& options) {
  OptionReader r(options);
  VoteBarsOptions o;
  r.common(o);
  r.integer("topN", o.topN, 1, 20);
  return finished(r, std::move(o));
}

int topN(const SceneInput& in) {
  const int n = optionsOf<VoteBarsOptions>(in).topN;
  return std::clamp(n > 0 ? n : in.theme->topN, 1, 20);
}

double niceAxis(double value, double step) { return std::max(step, std::ceil(value / step - 1e-9) * step); }

VoteTable voteTable(const Look& look, int n) {
  VoteTable table;
  const DerivedContest* d = look.contest();
  if (!d) return table;
  table.figures = d->countsKnown;
  const auto& cands = d->candidates;
  // One candidate left over is shown as themselves: "Others (1)" says less than a name.
  // Without figures the order says nothing, so every candidate is listed (within reason).
  if (!table.figures) n = std::max(n, kMaxNamesOnly);
  size_t shown = cands.size() <= size_t(n) + 1 ? cands.size() : size_t(n);
  for (size_t i = 0; i < shown; ++i) {
    const DerivedCandidate& c = cands[i];
    VoteRow row;
    row.key = c.candidate->name + "|" + c.party;
    row.name = look.candidateName(*c.candidate);
    row.party = look.partyName(c.party);
    row.code = c.party;
    row.colour = look.colour(c.party);
    row.votes = c.candidate->votes;
    row.share = c.share;
    row.winner = c.winner;
    table.rows.push_back(std::move(row));
  }
  if (shown < cands.size()) {
    VoteRow others;
    others.key = "others";
    others.name = table.figures ? "Others" : "And " + std::to_string(cands.size() - shown) + " more";
    others.party = std::to_string(cands.size() - shown) + " candidates";
    others.colour = look.theme().others;
    for (size_t i = shown; i < cands.size(); ++i) {
      others.votes += cands[i].candidate->votes;
      others.share += cands[i].share;
    }
    table.rows.push_back(std::move(others));
  }
  double top = 0;
  for (const VoteRow& r : table.rows) top = std::max(top, r.share);
  table.axis = niceAxis(top, 10);
  return table;
}

ChangeTable changeTable(const Look& look, int n) {
  ChangeTable table;
  const DerivedContest* d = look.contest();
  if (!d) return table;
  if (!look.raw() || !look.raw()->previous) {
    table.unavailable = "NO PREVIOUS RESULT TO COMPARE";
    return table;
  }
  if (!d->countsKnown) {
    table.unavailable = "CHANGE FOLLOWS THE FULL RESULT";
    return table;
  }
  double widest = 0;
  for (const PartyResult& p : d->parties) {
    if (int(table.rows.size()) >= n) break;
    if (p.candidateIndex) continue; // independents stand alone: no share to compare with
    if (!p.change && !p.isNew) continue;
    ChangeRow row;
    row.key = p.code;
    row.code = p.code;
    row.name = look.partyName(p.code);
    row.colour = look.colour(p.code);
    row.change = p.isNew ? std::nullopt : p.change;
    row.isNew = p.isNew;
    row.standing = p.standing;
    if (row.change) widest = std::max(widest, std::fabs(*row.change));
    table.rows.push_back(std::move(row));
  }
  if (table.rows.empty()) table.unavailable = "NO PARTY TO COMPARE";
  table.axis = niceAxis(widest, 5);
  return table;
}

} // namespace landslide
