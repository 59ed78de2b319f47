#include "feeds/DeriveJson.h"

#include "feeds/FeedWriter.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace landslide {

using ojson = nlohmann::ordered_json;

namespace {

ojson rounded(double v) {
  const double r = std::round(v * 100.0) / 100.0;
  return r == 0.0 ? 0.0 : r; // never print -0.0
}

template <typename T>
ojson optional(const std::optional<T>& v) {
  if (!v) return nullptr;
  if constexpr (std::is_floating_point_v<T>)
    return rounded(*v);
  else
    return *v;
}

// Appends a member the caller knows is new, skipping ordered_json's linear search for
// an existing key (quadratic for a contest with thousands of parties).
void appendNew(ojson& object, const std::string& key, ojson value) {
  auto& members = *object.get_ptr<ojson::object_t*>();
  members.ojson::object_t::Container::emplace_back(key, std::move(value));
}

ojson emptyToNull(const std::string& s) { return s.empty() ? ojson(nullptr) : ojson(s); }

ojson contestJson(const ResultsSnapshot& snap, const DerivedContest& d) {
  ojson j;
  j["id"] = d.id;
  j["name"] = d.name;
  j["status"] = statusName(d.status);
  j["revision"] = d.revision;
  j["winner"] = emptyToNull(d.winner);
  j["runner_up"] = emptyToNull(d.runnerUp);
  j["previous_winner"] = emptyToNull(d.previousWinner);
  j["result"] = emptyToNull(d.result);
  j["caption"] = d.caption;
  j["tie"] = d.tie;
  j["provisional"] = d.provisional;
  j["majority"] = optional(d.majority);
  j["majority_pct"] = optional(d.majorityPct);
  j["valid_votes"] = d.validVotes;
  j["turnout_pct"] = optional(d.turnoutPct);
  j["turnout_basis"] = d.turnoutPct ? ojson(basisName(d.turnoutBasis)) : ojson(nullptr);
  j["previous_turnout_pct"] = optional(d.previousTurnoutPct);
  j["turnout_change"] = optional(d.turnoutChange);
  j["turnout_change_basis"] = d.turnoutChange ? ojson(basisName(d.turnoutChangeBasis)) : ojson(nullptr);
  if (d.swing)
    j["swing"] = ojson{{"from", d.swing->from}, {"to", d.swing->to}, {"points", rounded(d.swing->points)}};
  else
    j["swing"] = nullptr;
  j["challenger"] = emptyToNull(d.challenger);
  j["challenger_needed"] = optional(d.challengerNeeded);

  ojson share = ojson::object();
  ojson change = ojson::object();
  ojson parties = ojson::array();
  std::unordered_map<std::string, int64_t> pooled; // independents pooled under their code
  for (const auto& p : d.parties) {
    if (p.standing) pooled[p.code] += p.votes;
    if (p.change && !p.candidateIndex) appendNew(change, p.code, rounded(*p.change)); // codes unique here
    ojson pj;
    pj["code"] = p.code;
    pj["short_name"] = snap.shortName(p.code);
    pj["votes"] = p.votes;
    pj["share"] = d.countsKnown ? rounded(p.share) : ojson(nullptr);
    pj["previous_share"] = optional(p.previousShare);
    pj["change"] = optional(p.change);
    pj["new"] = p.isNew;
    pj["standing"] = p.standing;
    parties.push_back(std::move(pj));
  }
  std::unordered_set<std::string> shown;
  for (const auto& p : d.parties)
    if (p.standing && shown.insert(p.code).second)
      appendNew(share, p.code,
                d.countsKnown ? rounded(100.0 * static_cast<double>(pooled[p.code]) /
                                        static_cast<double>(std::max<int64_t>(d.validVotes, 1)))
                              : ojson(nullptr));
  j["share"] = std::move(share);
  j["change"] = std::move(change);
  j["parties"] = std::move(parties);

  ojson cands = ojson::array();
  for (const auto& c : d.candidates) {
    ojson cj;
    cj["name"] = c.candidate->name;
    cj["party"] = c.party;
    cj["votes"] = c.candidate->hasVotes ? ojson(c.candidate->votes) : ojson(nullptr);
    cj["share"] = d.countsKnown ? rounded(c.share) : ojson(nullptr);
    cj["change"] = optional(c.change);
    cj["new"] = c.isNew;
    cj["elected"] = c.winner;
    cands.push_back(std::move(cj));
  }
  j["candidates"] = std::move(cands);
  return j;
}

ojson totalsJson(const ElectionTotals& t, bool projection) {
  ojson j;
  j["contests"] = t.contests;
  j["declared"] = t.declared;
  j["to_declare"] = t.toDeclare;
  j["counted"] = t.counted;
  j["majority_line"] = t.majorityLine;
  j["valid_votes"] = t.validVotes;
  ojson parties = ojson::array();
  for (const auto& p : t.parties) {
    ojson pj;
    pj["code"] = p.code;
    pj["seats"] = p.seats;
    pj["gains"] = p.gains;
    pj["losses"] = p.losses;
    pj["net"] = p.net();
    pj["votes"] = p.votes;
    pj["share"] = rounded(p.share);
    pj["change"] = optional(p.change);
    pj["previous_seats"] = p.previousSeats;
    pj["seats_needed"] = p.seatsNeeded;
    if (projection) pj["projected"] = optional(p.projected);
    parties.push_back(std::move(pj));
  }
  j["parties"] = std::move(parties);
  return j;
}

// Per canonical party, in the feed's order (LABCOOP's seats are Labour's).
ojson projectionJson(const ResultsSnapshot& snap) {
  const auto& p = snap.election().projection;
  if (!p) return nullptr;
  ojson j;
  j["label"] = p->label;
  j["published_at"] = emptyToNull(p->publishedAt);
  std::vector<std::pair<std::string, int>> seats;
  for (const auto& s : p->seats) {
    const std::string code = snap.canonicalParty(s.partyCode);
    auto it = std::find_if(seats.begin(), seats.end(), [&](const auto& e) { return e.first == code; });
    if (it == seats.end())
      seats.emplace_back(code, s.seats);
    else
      it->second += s.seats;
  }
  ojson sj = ojson::array();
  for (const auto& [code, n] : seats) sj.push_back(ojson{{"party", code}, {"seats", n}});
  j["seats"] = std::move(sj);
  return j;
}

ojson battlegroundJson(const Battleground& b) {
  ojson j;
  j["challenger"] = emptyToNull(b.challenger);
  j["defender"] = emptyToNull(b.defender);
  j["national_swing"] = optional(b.nationalSwing);
  j["counted"] = b.counted;
  j["fallen"] = b.fallen;
  j["would_fall"] = b.wouldFall;
  ojson targets = ojson::array();
  for (const auto& t : b.targets) {
    ojson tj;
    tj["id"] = t.id;
    tj["name"] = t.name;
    tj["needed"] = rounded(t.needed);
    tj["declared"] = t.declared;
    tj["fallen"] = t.fallen;
    tj["would_fall"] = t.wouldFall;
    tj["winner"] = emptyToNull(t.winner);
    targets.push_back(std::move(tj));
  }
  j["targets"] = std::move(targets);
  return j;
}

ojson latestJson(const ResultsSnapshot& snap, std::size_t limit) {
  const auto& order = snap.declarationOrder();
  ojson ids = ojson::array();
  for (std::size_t i = 0; i < order.size() && i < limit; ++i) ids.push_back(snap.contests()[order[i]].id);
  return ojson{{"count", order.size()}, {"ids", std::move(ids)}};
}

// Objects of plain values on one line; invalid UTF-8 (say, from a command-line id) is
// replaced, never thrown on.
std::string text(const ojson& j) { return compactPretty(j); }

} // namespace

std::string deriveJson(const ResultsSnapshot& snap, std::optional<std::string_view> contestId,
                       const DeriveJsonOptions& options) {
  ojson out;
  out["election"] = snap.election().name;
  out["source"] = snap.sourceName();
  out["source_revision"] = snap.sourceRevision();
  if (contestId) {
    const DerivedContest* d = snap.derived(*contestId);
    if (!d) {
      out["error"] = "no contest with id \"" + std::string(*contestId) + "\"";
      return text(out);
    }
    out["contest"] = contestJson(snap, *d);
    return text(out);
  }
  ojson contests = ojson::array();
  for (const auto& d : snap.contests()) contests.push_back(contestJson(snap, d));
  out["contests"] = std::move(contests);
  out["totals"] = totalsJson(snap.totals(), snap.election().projection.has_value());
  out["projection"] = projectionJson(snap);
  out["battleground"] = battlegroundJson(deriveBattleground(snap, options.challenger, options.defender));
  out["latest_declared"] = latestJson(snap, options.latest);
  return text(out);
}

} // namespace landslide
