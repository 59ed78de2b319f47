// The previous result of each seat, from the Library's previous-election candidacies
// (same boundaries) or from its notional results (new boundaries).

#include "feeds/CommonsLibraryDetail.h"
#include "feeds/Continuity.h"

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

} // namespace

PreviousData readPreviousCandidacies(const CommonsLibraryInput& in, const ContinuityTable& continuity,
                                     const std::string& label, FeedErrors& errors) {
  PreviousData out;
  auto cands = readCsv(in.previousCandidacies->bytes, in.previousCandidacies->name);
  errors.insert(errors.end(), cands.errors.begin(), cands.errors.end());
  if (!cands.ok()) return out;
  Columns cc(cands.table, in.previousCandidacies->name, errors);
  if (!(cc.need("id", {"ONS ID", "ONS ID2"}) && cc.need("abbrev", {"Party abbreviation"}) &&
        cc.need("party", {"Party name"}) && cc.need("votes", {"Votes"})))
    return out;
  for (std::size_t r = 0; r < cands.table.rows.size(); ++r) {
    const auto& row = cands.table.rows[r];
    const std::string code = partyCodeForLibrary(continuity, cc.text(row, "abbrev"), cc.text(row, "party"));
    auto& prev = out.byId[cc.text(row, "id")];
    prev.label = label;
    addVote(prev, code, cc.count(row, r, "votes").value_or(0), isIndependent(continuity, code));
    out.names.emplace(code, cc.text(row, "party"));
  }

  if (in.previousConstituencies) {
    auto cons = readCsv(in.previousConstituencies->bytes, in.previousConstituencies->name);
    errors.insert(errors.end(), cons.errors.begin(), cons.errors.end());
    if (!cons.ok()) return out;
    Columns kc(cons.table, in.previousConstituencies->name, errors);
    if (!(kc.need("id", {"ONS ID", "ONS ID2"}) && kc.need("electorate", {"Electorate"}) &&
          kc.need("valid", {"Valid votes"}) && kc.need("invalid", {"Invalid votes"})))
      return out;
    for (std::size_t r = 0; r < cons.table.rows.size(); ++r) {
      const auto& row = cons.table.rows[r];
      auto it = out.byId.find(kc.text(row, "id"));
      if (it == out.byId.end()) continue;
      it->second.electorate = kc.count(row, r, "electorate");
      it->second.validVotes = kc.count(row, r, "valid");
      it->second.rejected = kc.count(row, r, "invalid");
    }
  }
  for (auto& [id, prev] : out.byId) sortPrevious(prev);
  return out;
}

PreviousData readNotional(const CsvInput& notional, const std::map<std::string, std::string>& idByName,
                          const ContinuityTable& continuity, const std::string& label, FeedErrors& errors) {
  PreviousData out;
  auto table = readCsv(notional.bytes, notional.name);
  errors.insert(errors.end(), table.errors.begin(), table.errors.end());
  if (!table.ok()) return out;
  Columns nc(table.table, notional.name, errors);
  if (!(nc.need("id", {"ONS ID"}) && nc.need("name", {"Constituency name"}) && nc.need("electorate", {"Electorate"}) &&
        nc.need("valid", {"Valid votes"}) && nc.need("code", {"Party vote code"}) && nc.need("votes", {"Votes"}) &&
        nc.need("party", {"Party name"})))
    return out;
  std::map<std::string, bool> currentIds;
  for (const auto& [name, id] : idByName) currentIds[id] = true;
  for (std::size_t r = 0; r < table.table.rows.size(); ++r) {
    const auto& row = table.table.rows[r];
    // Five Scottish seats kept their names but got new GSS codes in 2024; the
    // notional file still carries the old codes, so fall back to the name.
    std::string id = nc.text(row, "id");
    if (!currentIds.count(id))
      if (auto it = idByName.find(nc.text(row, "name")); it != idByName.end()) id = it->second;
    const std::string code = partyCodeForNotional(continuity, nc.text(row, "code"));
    auto& prev = out.byId[id];
    if (!prev.electorate) {
      prev.label = label;
      prev.electorate = nc.count(row, r, "electorate");
      prev.validVotes = nc.count(row, r, "valid");
    }
    if (code.empty()) continue; // TOTOTHV / MAXOTHV: summaries of rows already listed
    addVote(prev, code, nc.count(row, r, "votes").value_or(0), isIndependent(continuity, code));
    out.names.emplace(code, nc.text(row, "party"));
  }
  for (auto& [id, prev] : out.byId) sortPrevious(prev);
  return out;
}

} // namespace landslide::library
