// Reading and checking one contest: structure first, then the arithmetic that a JSON
// Schema cannot express (vote sums, turnout) and the warnings an operator should see.

#include "feeds/FieldReader.h"
#include "feeds/Instant.h"
#include "feeds/JsonReader.h"
#include "feeds/PartyTable.h"
#include "feeds/Validate.h"

namespace landslide {

using json = FeedJson;

namespace {

std::string withCommas(int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

// `element`: the candidate or vote whose "party" member holds the code.
void warnUnknownParty(FieldReader& r, const PartyTable& parties, const std::string& element, const std::string& code) {
  if (!parties.inFeed(code) && parties.name(code) == code)
    r.warning(element + "/party", "party code \"" + code + "\" is not in the party table: shown as other",
              "unknown-party");
}

std::vector<Candidate> readCandidates(FieldReader& r, const json& c, const std::string& path, const PartyTable& parties,
                                      bool votesRequired) {
  std::vector<Candidate> out;
  const auto it = c.find("candidates");
  if (it == c.end()) {
    r.error(path, "missing required field \"candidates\"", "required");
    return out;
  }
  const std::string listPath = path + "/candidates";
  if (!r.isArray(*it, listPath, "candidates")) return out;
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& v = (*it)[i];
    const std::string cp = FieldReader::element(listPath, i);
    if (!r.isObject(v, cp, "a candidate")) continue;
    r.onlyKeys(v, cp, {"name", "party", "votes", "elected"});
    Candidate cand;
    auto name = r.string(v, cp, "name", true, 1, 200);
    auto party = r.code(v, cp, "party", true);
    auto votes = r.count(v, cp, "votes", votesRequired);
    cand.elected = r.boolean(v, cp, "elected").value_or(false);
    if (!name || !party) continue;
    cand.name = std::move(*name);
    cand.partyCode = std::move(*party);
    cand.hasVotes = votes.has_value();
    cand.votes = votes.value_or(0);
    warnUnknownParty(r, parties, cp, cand.partyCode);
    out.push_back(std::move(cand));
  }
  return out;
}

std::optional<PreviousResult> readPrevious(FieldReader& r, const json& c, const std::string& path,
                                           const PartyTable& parties) {
  const auto it = c.find("previous");
  if (it == c.end()) return std::nullopt;
  const std::string pp = path + "/previous";
  if (!r.isObject(*it, pp, "previous")) return std::nullopt;
  r.onlyKeys(*it, pp, {"label", "electorate", "validVotes", "rejected", "votes"});
  PreviousResult prev;
  prev.label = r.string(*it, pp, "label", false, 0, 64).value_or("");
  prev.electorate = r.count(*it, pp, "electorate", false);
  prev.validVotes = r.count(*it, pp, "validVotes", false);
  prev.rejected = r.count(*it, pp, "rejected", false);
  const auto votes = it->find("votes");
  if (votes == it->end()) {
    r.error(pp, "missing required field \"votes\"", "required");
    return prev;
  }
  if (!r.isArray(*votes, pp + "/votes", "previous votes")) return prev;
  for (std::size_t i = 0; i < votes->size(); ++i) {
    const json& v = (*votes)[i];
    const std::string vp = FieldReader::element(pp + "/votes", i);
    if (!r.isObject(v, vp, "a previous vote")) continue;
    r.onlyKeys(v, vp, {"party", "votes"});
    auto party = r.code(v, vp, "party", true);
    auto n = r.count(v, vp, "votes", true);
    if (!party || !n) continue;
    warnUnknownParty(r, parties, vp, *party);
    prev.votes.push_back(PreviousVote{std::move(*party), *n});
  }
  return prev;
}

void checkArithmetic(FieldReader& r, const Contest& c, const std::string& path) {
  int64_t sum = 0;
  bool allVotes = !c.candidates.empty();
  for (const auto& cand : c.candidates) {
    sum += cand.votes;
    allVotes = allVotes && cand.hasVotes;
  }
  // Winner-only and awaiting contests are exempt: their numbers are not in yet.
  const bool countsClaimed = hasFinalCounts(c.status) || (c.status == ContestStatus::Recount && allVotes);
  if (countsClaimed && c.validVotes && sum != *c.validVotes)
    r.error(path + "/validVotes",
            "candidate votes sum to " + withCommas(sum) + " but validVotes is " + withCommas(*c.validVotes) +
                " (difference " + withCommas(sum - *c.validVotes) + ")",
            "vote-sum");
  const int64_t cast = c.validVotes.value_or(0) + c.rejected.value_or(0);
  if (c.electorate && cast > *c.electorate)
    r.error(path + "/electorate",
            withCommas(cast) + " ballots cast (valid + rejected) but the electorate is " + withCommas(*c.electorate) +
                ": turnout would exceed 100%",
            "turnout");
}

void checkPrevious(FieldReader& r, const PreviousResult& p, const std::string& path) {
  int64_t sum = 0;
  for (const auto& v : p.votes) sum += v.votes;
  if (p.validVotes && *p.validVotes != sum)
    r.warning(path + "/previous/validVotes",
              "previous votes sum to " + withCommas(sum) + " but validVotes is " + withCommas(*p.validVotes) +
                  "; previous shares use validVotes",
              "previous-sum");
  if (p.electorate && p.validVotes.value_or(sum) + p.rejected.value_or(0) > *p.electorate)
    r.warning(path + "/previous/electorate", "previous turnout exceeds 100%; turnout change not shown",
              "previous-turnout");
}

void checkElectedFlags(FieldReader& r, const Contest& c, const std::string& path) {
  std::size_t elected = 0;
  std::size_t electedIndex = 0;
  int64_t top = -1;
  for (std::size_t i = 0; i < c.candidates.size(); ++i) {
    top = std::max(top, c.candidates[i].votes);
    if (c.candidates[i].elected) {
      ++elected;
      electedIndex = i;
    }
  }
  const std::string where = path + "/candidates";
  if (!hasResult(c.status) && c.status != ContestStatus::Recount) {
    if (elected)
      r.warning(where + "/" + std::to_string(electedIndex) + "/elected",
                "a candidate is marked elected but the contest is " + std::string(statusName(c.status)),
                "elected-flag");
    return;
  }
  if (c.status == ContestStatus::WinnerOnly || c.status == ContestStatus::Recount)
    return; // winner-only: the schema requires exactly one; recount: flags may lag
  if (elected == 0)
    r.warning(where, "no candidate is marked elected in a declared contest; the winner is taken from the count",
              "elected-flag");
  else if (elected > 1)
    r.warning(where, std::to_string(elected) + " candidates are marked elected; the winner is taken from the count",
              "elected-flag");
  else if (c.candidates[electedIndex].votes != top)
    r.warning(where + "/" + std::to_string(electedIndex) + "/elected",
              "marked elected but did not top the count; the winner is taken from the count", "elected-flag");
}

} // namespace

std::optional<Contest> readContest(FieldReader& r, const json& value, const std::string& path,
                                   const PartyTable& parties) {
  if (!r.isObject(value, path, "a contest")) return std::nullopt;
  const std::size_t errorsBefore = r.errorCount();
  r.onlyKeys(value, path,
             {"id", "name", "status", "revision", "electorate", "validVotes", "rejected", "candidates", "previous",
              "notes", "declaredAt"});
  Contest c;
  auto id = r.string(value, path, "id", true, 1, 64);
  auto name = r.string(value, path, "name", true, 1, 200);
  auto statusText = r.string(value, path, "status", true);
  if (statusText) {
    if (auto s = contestStatusFromString(*statusText))
      c.status = *s;
    else
      r.error(path + "/status",
              "\"" + printable(*statusText) +
                  "\" is not a status (awaiting, winner-only, declared, recount, corrected)",
              "enum");
  }
  auto revision = r.count(value, path, "revision", true);
  c.electorate = r.count(value, path, "electorate", false); // absent: unknown
  const bool final = hasFinalCounts(c.status);
  c.validVotes = r.count(value, path, "validVotes", final);
  c.rejected = r.count(value, path, "rejected", false, true);
  c.candidates = readCandidates(r, value, path, parties, final);
  c.previous = readPrevious(r, value, path, parties);
  if (auto notes = value.find("notes"); notes != value.end() && r.isArray(*notes, path + "/notes", "notes")) {
    for (std::size_t i = 0; i < notes->size(); ++i) {
      if ((*notes)[i].is_string())
        c.notes.push_back((*notes)[i].get<std::string>());
      else
        r.error(FieldReader::element(path + "/notes", i),
                "must be a string, not " + std::string(FieldReader::typeName((*notes)[i])), "type");
    }
  }
  if (auto at = r.string(value, path, "declaredAt", false)) {
    if (!parseInstant(*at))
      r.error(path + "/declaredAt",
              "\"" + printable(*at) + "\" is not a date-time with an offset like \"2019-12-13T03:04:00+00:00\"",
              "pattern");
    else
      c.declaredAt = *at;
  }
  if (statusText && hasResult(c.status) && c.status != ContestStatus::WinnerOnly && c.candidates.empty() &&
      r.errorCount() == errorsBefore)
    r.error(path + "/candidates", "a " + *statusText + " contest needs at least one candidate", "candidates");
  if (c.status == ContestStatus::WinnerOnly) {
    std::size_t elected = 0;
    for (const auto& cand : c.candidates) elected += cand.elected ? 1 : 0;
    if (elected != 1 && r.errorCount() == errorsBefore)
      r.error(path + "/candidates",
              "a winner-only contest needs exactly one candidate marked elected (has " + std::to_string(elected) + ")",
              "elected-count");
  }
  if (r.errorCount() != errorsBefore || !id || !name || !revision) return std::nullopt;
  c.id = std::move(*id);
  c.name = std::move(*name);
  c.revision = *revision;

  checkArithmetic(r, c, path);
  if (c.previous) checkPrevious(r, *c.previous, path);
  checkElectedFlags(r, c, path);
  if (final && c.validVotes && *c.validVotes == 0)
    r.warning(path + "/validVotes", "declared with no votes", "declared-no-votes");
  if (r.errorCount() != errorsBefore) return std::nullopt;
  return c;
}

} // namespace landslide
