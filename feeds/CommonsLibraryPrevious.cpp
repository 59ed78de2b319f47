// The previous result of each seat, from the Library's previous-election candidacies
// (same boundaries) or from its notional results (new boundaries).

#include "feeds/CommonsLibraryDetail.h"
#include "feeds/Continuity.h"

#include <algorithm>

namespace landslide::library {

namespace {

void addVote(PreviousResult& prev, const std::string& code, int64_t votes, bool independent) {
  // Independents stay one entry per candidate: pooling two of them could invent a
  // previous winner that no candidate was.
  if (!independent)
    for (auto& v : prev.votes)
      if (v.partyCode == code) {
        v.votes += votes;
        return;
      }
  prev.votes.push_back(PreviousVote{code, votes});
}

bool isIndependent(const ContinuityTable& continuity, const std::string& code) {
  const Party* p = continuity.find(code);
  return p && p->independent;
}

const char* kPreviousVotesUnknown = "the seat's previous result is left out (its shares would be wrong)";

// Drops the previous results that lack a party's votes, and sorts the rest.
void finish(PreviousData& out, const std::set<std::string>& incomplete) {
  for (const auto& id : incomplete) out.byId.erase(id);
  for (auto& [id, prev] : out.byId) sortPrevious(prev);
}

} // namespace

void sortPrevious(PreviousResult& previous) {
  std::stable_sort(previous.votes.begin(), previous.votes.end(), [](const PreviousVote& a, const PreviousVote& b) {
    if (a.votes != b.votes) return a.votes > b.votes;
    return a.partyCode < b.partyCode;
  });
}

PreviousData readPreviousCandidacies(const CommonsLibraryInput& in, const ContinuityTable& continuity,
                                     const std::string& label, const std::set<std::string>& wanted,
                                     Problems& problems) {
  PreviousData out;
  auto cands = readLibraryCsv(*in.previousCandidacies, FileKind::Candidacies, problems);
  if (!cands) {
    problems.push_back(cands.problem());
    return out;
  }
  Columns cc(*cands, in.previousCandidacies->name, problems);
  if (!(cc.need("id", {"ONS ID", "ONS ID2"}) && cc.need("abbrev", {"Party abbreviation"}) &&
        cc.need("party", {"Party name"}) && cc.need("votes", {"Votes"})))
    return out;
  std::set<std::string> incomplete;
  for (std::size_t r = 0; r < cands->rows.size(); ++r) {
    const auto& row = cands->rows[r];
    const std::string code = partyCodeForLibrary(continuity, cc.text(row, "abbrev"), cc.text(row, "party"));
    out.names.emplace(code, cc.text(row, "party"));
    const std::string& id = cc.text(row, "id");
    if (!wanted.count(id)) continue;
    auto& prev = out.byId[id];
    prev.label = label;
    const auto votes = cc.count(row, r, "votes", kPreviousVotesUnknown);
    if (!votes) incomplete.insert(id);
    addVote(prev, code, votes.value_or(0), isIndependent(continuity, code));
  }

  if (in.previousConstituencies) {
    auto cons = readLibraryCsv(*in.previousConstituencies, FileKind::Constituencies, problems);
    if (!cons) {
      problems.push_back(cons.problem());
      return out;
    }
    Columns kc(*cons, in.previousConstituencies->name, problems);
    if (!(kc.need("id", {"ONS ID", "ONS ID2"}) && kc.need("electorate", {"Electorate"}) &&
          kc.need("valid", {"Valid votes"}) && kc.need("invalid", {"Invalid votes"})))
      return out;
    for (std::size_t r = 0; r < cons->rows.size(); ++r) {
      const auto& row = cons->rows[r];
      auto it = out.byId.find(kc.text(row, "id"));
      if (it == out.byId.end()) continue;
      it->second.electorate = kc.count(row, r, "electorate", "left out: no turnout change is shown");
      it->second.validVotes = kc.count(row, r, "valid", "left out: previous shares use the sum of the votes");
      it->second.rejected = kc.count(row, r, "invalid", "left out: the turnout change compares valid votes");
    }
  }
  finish(out, incomplete);
  return out;
}

PreviousData readNotional(const CsvInput& notional, const std::map<std::string, std::string>& idByName,
                          const ContinuityTable& continuity, const std::string& label,
                          const std::set<std::string>& wanted, Problems& problems) {
  PreviousData out;
  auto table = readLibraryCsv(notional, FileKind::Notional, problems);
  if (!table) {
    problems.push_back(table.problem());
    return out;
  }
  Columns nc(*table, notional.name, problems);
  if (!(nc.need("id", {"ONS ID"}) && nc.need("name", {"Constituency name"}) && nc.need("electorate", {"Electorate"}) &&
        nc.need("valid", {"Valid votes"}) && nc.need("code", {"Party vote code"}) && nc.need("votes", {"Votes"}) &&
        nc.need("party", {"Party name"})))
    return out;
  std::map<std::string, bool> currentIds;
  for (const auto& [name, id] : idByName) currentIds[id] = true;
  std::set<std::string> incomplete, started;
  for (std::size_t r = 0; r < table->rows.size(); ++r) {
    const auto& row = table->rows[r];
    // Five Scottish seats kept their names but got new GSS codes in 2024; the
    // notional file still carries the old codes, so fall back to the name.
    std::string id = nc.text(row, "id");
    if (!currentIds.count(id))
      if (auto it = idByName.find(nc.text(row, "name")); it != idByName.end()) id = it->second;
    const std::string code = partyCodeForNotional(continuity, nc.text(row, "code"));
    if (!code.empty()) out.names.emplace(code, nc.text(row, "party"));
    if (!wanted.count(id)) continue;
    auto& prev = out.byId[id];
    if (started.insert(id).second) {
      prev.label = label;
      prev.electorate = nc.count(row, r, "electorate", "left out: no turnout change is shown");
      prev.validVotes = nc.count(row, r, "valid", "left out: previous shares use the sum of the votes");
    }
    if (code.empty()) continue; // TOTOTHV / MAXOTHV: summaries of rows already listed
    const auto votes = nc.count(row, r, "votes", kPreviousVotesUnknown);
    if (!votes) incomplete.insert(id);
    addVote(prev, code, votes.value_or(0), isIndependent(continuity, code));
  }
  finish(out, incomplete);
  return out;
}

} // namespace landslide::library
