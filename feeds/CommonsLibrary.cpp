#include "feeds/CommonsLibrary.h"

#include "feeds/CommonsLibraryDetail.h"
#include "feeds/Continuity.h"
#include "feeds/TextChecks.h"

#include <algorithm>
#include <set>

namespace landslide {

namespace {

using library::Columns;
using library::FileKind;
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

// What the constituencies file says of a seat beyond its counts, for the messages and
// choices made once its candidates are in.
struct SeatRow {
  std::size_t row = 0;
  std::string member; // the member elected, as the file names them ("" when absent)
};

// Orders the candidates, checks the valid-vote total against them and marks the winner.
void finishContest(Contest& c, const SeatRow& seat, const Columns& kc, const std::string& candidacies,
                   Problems& problems) {
  // Order by votes (then name) so the feed reads like a declaration.
  std::stable_sort(c.candidates.begin(), c.candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.votes != b.votes) return a.votes > b.votes;
    return a.name < b.name;
  });
  const bool allVotes =
      std::all_of(c.candidates.begin(), c.candidates.end(), [](const Candidate& k) { return k.hasVotes; });
  if (!allVotes) {
    // Without every count there is no declared result to show. An unopposed candidate,
    // or the member the constituencies file names, is the winner; else none is known.
    Candidate* winner = c.candidates.size() == 1 ? &c.candidates[0] : nullptr;
    for (auto& k : c.candidates)
      if (!winner && !seat.member.empty() && k.name == seat.member) winner = &k;
    if (winner) {
      c.status = ContestStatus::WinnerOnly;
      winner->elected = true;
    } else {
      c.status = ContestStatus::Awaiting;
    }
    problems.push_back(Problem::warning(
        candidacies, c.id,
        "a candidate's votes are unknown: " + c.name + " is imported " +
            (winner ? "as winner-only, " + winner->name + " elected" : std::string("as awaiting (no winner known)")),
        "unknown-votes"));
    return;
  }
  int64_t sum = 0;
  for (const auto& k : c.candidates) sum += k.votes;
  if (c.validVotes && *c.validVotes != sum)
    problems.push_back(Problem::warning(kc.file(), kc.where(seat.row, "valid"),
                                        "valid votes are " + std::to_string(*c.validVotes) +
                                            " but the candidates' votes in " + candidacies + " sum to " +
                                            std::to_string(sum) + ": the candidates' sum is used",
                                        "valid-votes-sum"));
  c.validVotes = sum; // a UK count's valid votes are its candidates' votes
  if (c.candidates.size() == 1 || c.candidates[0].votes > c.candidates[1].votes)
    c.candidates[0].elected = true;
  else
    problems.push_back(Problem::warning(candidacies, c.id, "top two candidates tie: no one marked elected", "tie"));
}

// The first error, saying how many followed it.
Problem firstError(const Problems& problems) {
  const auto errors = std::count_if(problems.begin(), problems.end(), [](const Problem& p) { return p.isError(); });
  Problem first = *std::find_if(problems.begin(), problems.end(), [](const Problem& p) { return p.isError(); });
  if (errors > 1) first.reason += " (and " + std::to_string(errors - 1) + " more error(s))";
  return first;
}

} // namespace

Expected<Imported> importCommonsLibrary(const CommonsLibraryInput& in, const CommonsLibraryOptions& options,
                                        const ContinuityTable& continuity) {
  Problems problems;
  auto consRead = library::readLibraryCsv(in.constituencies, FileKind::Constituencies, problems);
  if (!consRead) return consRead.problem();
  auto candsRead = library::readLibraryCsv(in.candidacies, FileKind::Candidacies, problems);
  if (!candsRead) return candsRead.problem();
  const CsvTable& cons = *consRead;
  const CsvTable& cands = *candsRead;
  library::warnUnknownColumns(cons, in.constituencies.name, problems);

  Columns kc(cons, in.constituencies.name, problems);
  bool ok = kc.need("id", {"ONS ID", "ONS ID2"}) && kc.need("name", {"Constituency name"}) &&
            kc.need("electorate", {"Electorate"}) && kc.need("valid", {"Valid votes"}) &&
            kc.need("invalid", {"Invalid votes"});
  kc.want("memberFirst", {"Member first name"});
  kc.want("memberSurname", {"Member surname"});
  // Optional: the 2024 file has the column but leaves it empty; by-election files too.
  kc.want("declared", {"Declaration time"});
  Columns cc(cands, in.candidacies.name, problems);
  ok = cc.need("id", {"ONS ID", "ONS ID2"}) && cc.need("abbrev", {"Party abbreviation"}) &&
       cc.need("party", {"Party name"}) && cc.need("first", {"Candidate first name"}) &&
       cc.need("surname", {"Candidate surname"}) && cc.need("votes", {"Votes"}) && ok;
  cc.want("seatName", {"Constituency name"});
  if (!ok) return firstError(problems);

  const std::set<std::string> only(options.only.begin(), options.only.end());
  std::set<std::string> found, allIds;
  std::map<std::string, std::string> idByName;
  Election election;
  election.name = options.electionName;
  election.date = options.date;
  std::map<std::string, std::size_t> contestIndex;
  std::vector<SeatRow> seats;
  for (std::size_t r = 0; r < cons.rows.size(); ++r) {
    const auto& row = cons.rows[r];
    const std::string& id = kc.text(row, "id");
    idByName[kc.text(row, "name")] = id;
    allIds.insert(id);
    if (!only.empty() && !only.count(id)) continue;
    if (contestIndex.count(id)) {
      problems.push_back(Problem::error(in.constituencies.name, cons.rowName(r),
                                        "seat " + id + " appears twice (two elections in one file?)", "csv"));
      continue;
    }
    found.insert(id);
    Contest c;
    c.id = id;
    c.name = kc.text(row, "name");
    c.status = ContestStatus::Declared;
    c.revision = 1;
    c.electorate = kc.count(row, r, "electorate", "the electorate is left out (unknown: no turnout is shown)");
    c.validVotes = kc.count(row, r, "valid", "valid votes are taken as the candidates' sum");
    c.rejected =
        kc.count(row, r, "invalid", "rejected ballots are left out (unknown: turnout is valid votes ÷ electorate)");
    SeatRow seat{r, {}};
    if (kc.has("memberFirst") && kc.has("memberSurname"))
      seat.member = candidateName(kc.text(row, "memberFirst"), kc.text(row, "memberSurname"));
    if (kc.has("declared") && !kc.text(row, "declared").empty()) {
      const std::string& text = kc.text(row, "declared");
      c.declaredAt = ukLocalTimeToInstant(text);
      if (!c.declaredAt)
        problems.push_back(Problem::warning(in.constituencies.name, kc.where(r, "declared"),
                                            "\"" + text + "\" is not a UK local time (DD/MM/YYYY HH:MM)",
                                            "declaration-time"));
    }
    contestIndex[id] = election.contests.size();
    election.contests.push_back(std::move(c));
    seats.push_back(std::move(seat));
  }
  for (const auto& id : only)
    if (!found.count(id))
      problems.push_back(Problem::error(in.constituencies.name, "", "no seat with ONS id " + id, "csv"));

  std::vector<PartySeen> seen;
  for (std::size_t r = 0; r < cands.rows.size(); ++r) {
    const auto& row = cands.rows[r];
    const std::string& id = cc.text(row, "id");
    auto it = contestIndex.find(id);
    if (it == contestIndex.end()) {
      if (allIds.count(id)) continue; // a seat left out by --only
      const std::string seat = "\"" + id + "\"" + (cc.has("seatName") ? " (" + cc.text(row, "seatName") + ")" : "");
      problems.push_back(
          options.allowUnknownSeats
              ? Problem::warning(in.candidacies.name, cc.where(r, "id"),
                                 "seat " + seat + " is not in " + in.constituencies.name +
                                     ": the candidacy is left out",
                                 "unknown-seat")
              : Problem::error(in.candidacies.name, cc.where(r, "id"),
                               "seat " + seat + " is not in " + in.constituencies.name +
                                   ": the candidacy cannot be imported (--allow-unknown-seats leaves it out with a "
                                   "warning)",
                               "unknown-seat"));
      continue;
    }
    Candidate cand;
    cand.name = candidateName(cc.text(row, "first"), cc.text(row, "surname"));
    // The Library's own CSVs hold a few names encoded twice ("Ã\u0081ine" for "Áine"):
    // repaired here, with a warning, so the name goes on air as the candidate spells it.
    if (auto repaired = repairDoubleEncoding(cand.name)) {
      problems.push_back(Problem::warning(in.candidacies.name, cands.rowName(r),
                                          "candidate name was double-encoded UTF-8; imported as \"" + *repaired + "\"",
                                          "double-encoded"));
      cand.name = *repaired;
    }
    cand.partyCode = partyCodeForLibrary(continuity, cc.text(row, "abbrev"), cc.text(row, "party"));
    const auto votes = cc.count(row, r, "votes", "the candidate is imported without a vote count");
    cand.votes = votes.value_or(0);
    cand.hasVotes = votes.has_value();
    seen.push_back(PartySeen{cand.partyCode, cc.text(row, "party")});
    election.contests[it->second].candidates.push_back(std::move(cand));
  }

  library::PreviousData previous;
  if (in.notional)
    previous = library::readNotional(*in.notional, idByName, continuity, options.previousLabel, found, problems);
  else if (in.previousCandidacies)
    previous = library::readPreviousCandidacies(in, continuity, options.previousLabel, found, problems);

  for (std::size_t i = 0; i < election.contests.size(); ++i) {
    Contest& c = election.contests[i];
    if (c.candidates.empty()) {
      problems.push_back(Problem::error(in.candidacies.name, "", "no candidates for seat " + c.id, "csv"));
      continue;
    }
    finishContest(c, seats[i], kc, in.candidacies.name, problems);
    if (auto p = previous.byId.find(c.id); p != previous.byId.end()) {
      c.previous = p->second;
      for (const auto& v : c.previous->votes) seen.push_back(PartySeen{v.partyCode, previous.names[v.partyCode]});
    } else if (in.notional || in.previousCandidacies)
      problems.push_back(Problem::warning(c.id, "", "no previous result found for " + c.name, "previous"));
  }
  election.parties = partyTable(seen, continuity);
  if (hasErrors(problems)) return firstError(problems);
  return Imported{std::move(election), std::move(problems)};
}

} // namespace landslide
