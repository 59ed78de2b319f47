#include "feeds/CommonsLibrary.h"

#include "feeds/CommonsLibraryDetail.h"
#include "feeds/Continuity.h"
#include "feeds/TextChecks.h"

#include <algorithm>
#include <set>

namespace landslide {

namespace library {

Columns::Columns(const CsvTable& table, std::string file, FeedErrors& errors)
    : table_(table), file_(std::move(file)), errors_(errors) {}

bool Columns::need(const char* key, std::initializer_list<std::string_view> names) {
  if (auto i = table_.column(names)) {
    index_[key] = *i;
    return true;
  }
  errors_.push_back(FeedError{file_, "header", std::string("no \"") + std::string(*names.begin()) + "\" column",
                              FeedError::Severity::Error, "csv"});
  return false;
}

const std::string& Columns::text(const std::vector<std::string>& row, const char* key) const {
  return row[index_.at(key)];
}

std::optional<int64_t> Columns::count(const std::vector<std::string>& row, std::size_t rowIndex, const char* key) {
  const std::string& s = text(row, key);
  int64_t value = 0;
  bool ok = !s.empty() && s.size() <= 12;
  for (char c : s) {
    ok = ok && c >= '0' && c <= '9';
    value = value * 10 + (c - '0');
  }
  if (ok) return value;
  errors_.push_back(
      FeedError{file_, "row " + std::to_string(rowIndex + 2) + ", column \"" + table_.header[index_.at(key)] + "\"",
                "\"" + s + "\" is not a count", FeedError::Severity::Error, "csv"});
  return std::nullopt;
}

void sortPrevious(PreviousResult& previous) {
  std::stable_sort(previous.votes.begin(), previous.votes.end(), [](const PreviousVote& a, const PreviousVote& b) {
    if (a.votes != b.votes) return a.votes > b.votes;
    return a.partyCode < b.partyCode;
  });
}

} // namespace library

namespace {

using library::Columns;
using library::PartySeen;

std::string candidateName(const std::string& first, const std::string& surname) {
  if (first.empty()) return surname;
  if (surname.empty()) return first;
  return first + " " + surname;
}

// The party table of the feed: standard parties in the continuity table's order, then
// every other code in code order, named as the Library names it.
std::vector<Party> partyTable(const std::vector<PartySeen>& seen, const ContinuityTable& continuity) {
  std::map<std::string, std::string> names;
  for (const auto& p : seen) names.emplace(p.code, p.libraryName); // first name seen wins
  std::vector<Party> out;
  for (const auto& p : continuity.parties)
    if (names.count(p.code)) out.push_back(p);
  for (const auto& [code, name] : names) {
    if (continuity.find(code)) continue;
    Party p;
    p.code = code;
    p.name = name.empty() || name == "NA" ? code : name;
    p.shortName = code;
    out.push_back(std::move(p));
  }
  return out;
}

} // namespace

ImportResult importCommonsLibrary(const CommonsLibraryInput& in, const CommonsLibraryOptions& options,
                                  const ContinuityTable& continuity) {
  ImportResult result;
  FeedErrors& errors = result.errors;
  auto cons = readCsv(in.constituencies.bytes, in.constituencies.name);
  auto cands = readCsv(in.candidacies.bytes, in.candidacies.name);
  errors.insert(errors.end(), cons.errors.begin(), cons.errors.end());
  errors.insert(errors.end(), cands.errors.begin(), cands.errors.end());
  if (!errors.empty()) return result;

  Columns kc(cons.table, in.constituencies.name, errors);
  bool ok = kc.need("id", {"ONS ID", "ONS ID2"}) && kc.need("name", {"Constituency name"}) &&
            kc.need("electorate", {"Electorate"}) && kc.need("valid", {"Valid votes"}) &&
            kc.need("invalid", {"Invalid votes"});
  Columns cc(cands.table, in.candidacies.name, errors);
  ok = cc.need("id", {"ONS ID", "ONS ID2"}) && cc.need("abbrev", {"Party abbreviation"}) &&
       cc.need("party", {"Party name"}) && cc.need("first", {"Candidate first name"}) &&
       cc.need("surname", {"Candidate surname"}) && cc.need("votes", {"Votes"}) && ok;
  if (!ok) return result;

  const std::set<std::string> only(options.only.begin(), options.only.end());
  std::set<std::string> found;
  std::map<std::string, std::string> idByName;
  Election election;
  election.name = options.electionName;
  election.date = options.date;
  std::map<std::string, std::size_t> contestIndex;
  // Optional: the 2024 file has the column but leaves it empty; by-election files too.
  const auto declaredColumn = cons.table.column({"Declaration time"});
  for (std::size_t r = 0; r < cons.table.rows.size(); ++r) {
    const auto& row = cons.table.rows[r];
    const std::string& id = kc.text(row, "id");
    idByName[kc.text(row, "name")] = id;
    if (!only.empty() && !only.count(id)) continue;
    if (contestIndex.count(id)) {
      errors.push_back(FeedError{in.constituencies.name, "row " + std::to_string(r + 2),
                                 "seat " + id + " appears twice (two elections in one file?)",
                                 FeedError::Severity::Error, "csv"});
      continue;
    }
    found.insert(id);
    Contest c;
    c.id = id;
    c.name = kc.text(row, "name");
    c.status = ContestStatus::Declared;
    c.revision = 1;
    c.electorate = kc.count(row, r, "electorate").value_or(0);
    c.validVotes = kc.count(row, r, "valid");
    c.rejected = kc.count(row, r, "invalid");
    if (declaredColumn && !row[*declaredColumn].empty()) {
      const std::string& text = row[*declaredColumn];
      c.declaredAt = ukLocalTimeToInstant(text);
      if (!c.declaredAt)
        result.warnings.push_back(
            FeedError{in.constituencies.name,
                      "row " + std::to_string(r + 2) + ", column \"" + cons.table.header[*declaredColumn] + "\"",
                      "\"" + text + "\" is not a UK local time (DD/MM/YYYY HH:MM)", FeedError::Severity::Warning,
                      "declaration-time"});
    }
    contestIndex[id] = election.contests.size();
    election.contests.push_back(std::move(c));
  }
  for (const auto& id : only)
    if (!found.count(id))
      errors.push_back(
          FeedError{in.constituencies.name, "", "no seat with ONS id " + id, FeedError::Severity::Error, "csv"});

  std::vector<PartySeen> seen;
  for (std::size_t r = 0; r < cands.table.rows.size(); ++r) {
    const auto& row = cands.table.rows[r];
    auto it = contestIndex.find(cc.text(row, "id"));
    if (it == contestIndex.end()) continue;
    Candidate cand;
    cand.name = candidateName(cc.text(row, "first"), cc.text(row, "surname"));
    // The Library's own CSVs hold a few names encoded twice ("Ã\u0081ine" for "Áine"):
    // repaired here, with a warning, so the name goes on air as the candidate spells it.
    if (auto repaired = repairDoubleEncoding(cand.name)) {
      result.warnings.push_back(FeedError{in.candidacies.name, "row " + std::to_string(r + 2),
                                          "candidate name was double-encoded UTF-8; imported as \"" + *repaired + "\"",
                                          FeedError::Severity::Warning, "double-encoded"});
      cand.name = *repaired;
    }
    cand.partyCode = partyCodeForLibrary(continuity, cc.text(row, "abbrev"), cc.text(row, "party"));
    cand.votes = cc.count(row, r, "votes").value_or(0);
    cand.hasVotes = true;
    seen.push_back(PartySeen{cand.partyCode, cc.text(row, "party")});
    election.contests[it->second].candidates.push_back(std::move(cand));
  }

  library::PreviousData previous;
  if (in.notional)
    previous = library::readNotional(*in.notional, idByName, continuity, options.previousLabel, errors);
  else if (in.previousCandidacies)
    previous = library::readPreviousCandidacies(in, continuity, options.previousLabel, errors);

  for (auto& c : election.contests) {
    if (c.candidates.empty())
      errors.push_back(
          FeedError{in.candidacies.name, "", "no candidates for seat " + c.id, FeedError::Severity::Error, "csv"});
    // Order by votes (then name) so the feed reads like a declaration; the winner is
    // the one candidate with the most votes.
    std::stable_sort(c.candidates.begin(), c.candidates.end(), [](const Candidate& a, const Candidate& b) {
      if (a.votes != b.votes) return a.votes > b.votes;
      return a.name < b.name;
    });
    if (c.candidates.size() == 1 || (c.candidates.size() > 1 && c.candidates[0].votes > c.candidates[1].votes))
      c.candidates[0].elected = true;
    else if (!c.candidates.empty())
      result.warnings.push_back(FeedError{in.candidacies.name, c.id, "top two candidates tie: no one marked elected",
                                          FeedError::Severity::Warning, "tie"});
    if (auto p = previous.byId.find(c.id); p != previous.byId.end()) {
      c.previous = p->second;
      for (const auto& v : c.previous->votes) seen.push_back(PartySeen{v.partyCode, previous.names[v.partyCode]});
    } else if (in.notional || in.previousCandidacies)
      result.warnings.push_back(
          FeedError{c.id, "", "no previous result found for " + c.name, FeedError::Severity::Warning, "previous"});
  }
  election.parties = partyTable(seen, continuity);
  if (errors.empty()) result.election = std::move(election);
  return result;
}

} // namespace landslide
