// The oracle: the Library's Result column ("Lab gain from Con", "Spk hold",
// "Con gain from Lab Coop", "RUK Hold"), Majority and per-candidate Change.
// Normalisations (documented in feeds/SCHEMA.md, "Checked against the Library"):
//  - "Lab Coop" is Labour; party abbreviations map to our codes through the
//    continuity table (RUK -> REF, Green -> GRN, Spk -> SPK ...); "Hold"/"hold" alike;
//  - the Speaker's seat is captioned SPEAKER RE-ELECTED whatever the Library says;
//  - Change is a fraction in the Library and points here (x100), compared to one unit
//    in the Library's last printed decimal place.

#include "LibraryOracle.h"

#include "feeds/Continuity.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

namespace landslide::test {

namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string ourCode(const ResultsSnapshot& snap, std::string abbreviation) {
  if (abbreviation == "Lab Coop") abbreviation = "Lab";
  return snap.canonicalParty(partyCodeForLibrary(builtinContinuity(), abbreviation, ""));
}

struct LibraryResult {
  std::string winner, previous;
  bool gain = false;
  bool ok = false;
};

LibraryResult parseResult(const ResultsSnapshot& snap, const std::string& text) {
  LibraryResult r;
  const std::string l = lower(text);
  if (auto g = l.find(" gain from "); g != std::string::npos) {
    r.winner = ourCode(snap, text.substr(0, g));
    r.previous = ourCode(snap, text.substr(g + 11));
    r.gain = true;
    r.ok = true;
  } else if (l.size() > 5 && l.compare(l.size() - 5, 5, " hold") == 0) {
    r.winner = r.previous = ourCode(snap, text.substr(0, text.size() - 5));
    r.ok = true;
  }
  return r;
}

std::string col(const CsvTable& t, const std::vector<std::string>& row, std::initializer_list<std::string_view> n) {
  auto i = t.column(n);
  REQUIRE(i);
  return row[*i];
}

// The Library prints Change with 4 to 9 decimals, sometimes from already rounded
// shares: allow one unit in its last printed place (a fraction; x100 for points).
double tolerancePoints(const std::string& fraction) {
  const auto dot = fraction.find('.');
  const int decimals = dot == std::string::npos ? 0 : static_cast<int>(fraction.size() - dot - 1);
  return 100.0 * std::max(std::pow(10.0, -decimals), 2e-6) + 1e-9;
}

} // namespace

OracleReport compareWithLibrary(const LibraryElection& e, const std::string& election) {
  OracleReport rep;
  const ResultsSnapshot& snap = *e.parsed.snapshot;
  std::map<std::string, std::vector<const std::vector<std::string>*>> candidacies;
  for (const auto& row : e.candidacies.rows)
    candidacies[col(e.candidacies, row, {"ONS ID", "ONS ID2"})].push_back(&row);

  for (const auto& row : e.constituencies.rows) {
    ++rep.seats;
    const std::string id = col(e.constituencies, row, {"ONS ID"});
    const DerivedContest* d = snap.derived(id);
    if (!d) {
      rep.failures.push_back(id + ": not in the feed");
      continue;
    }
    const std::string resultText = col(e.constituencies, row, {"Result"});
    const auto lib = parseResult(snap, resultText);
    auto fail = [&](const std::string& what) { rep.failures.push_back(id + " " + d->name + ": " + what); };
    if (!lib.ok) {
      fail("cannot read Library result \"" + resultText + "\"");
      continue;
    }
    if (d->winner != lib.winner) fail("winner " + d->winner + ", Library " + resultText);
    if (d->gain != lib.gain) fail(std::string(d->gain ? "gain" : "hold") + ", Library " + resultText);
    if (d->previousWinner != lib.previous) fail("previous winner " + d->previousWinner + ", Library " + resultText);
    const std::string expectedCaption =
        snap.parties().speaker(lib.winner)
            ? "SPEAKER RE-ELECTED"
            : (lib.gain ? snap.shortName(lib.winner) + " GAIN FROM " + snap.shortName(lib.previous)
                        : snap.shortName(lib.winner) + " HOLD");
    if (d->caption != expectedCaption) fail("caption \"" + d->caption + "\", expected \"" + expectedCaption + "\"");
    const std::string majority = col(e.constituencies, row, {"Majority"});
    if (!d->majority || std::to_string(*d->majority) != majority) {
      rep.changeMismatch.insert(election + " " + id + " - majority");
      rep.changeDetail[election + " " + id + " - majority"] =
          (election + " " + id + " " + d->name + ": majority " +
           (d->majority ? std::to_string(*d->majority) : std::string("none")) + ", Library " + majority);
    }

    // Per-candidate change in share.
    for (const auto* c : candidacies[id]) {
      const std::string name =
          col(e.candidacies, *c, {"Candidate first name"}) + " " + col(e.candidacies, *c, {"Candidate surname"});
      const int64_t votes = std::stoll(col(e.candidacies, *c, {"Votes"}));
      const DerivedCandidate* ours = nullptr;
      for (const auto& dc : d->candidates)
        if (dc.candidate->votes == votes && (dc.candidate->name == name || ours == nullptr)) ours = &dc;
      if (!ours) {
        fail("no candidate " + name);
        continue;
      }
      const std::string libChange = col(e.candidacies, *c, {"Change"});
      const std::string key = election + " " + id + " " + ours->party + " ";
      std::ostringstream detail;
      detail << key << "(" << name << "): ours " << (ours->change ? std::to_string(*ours->change) : std::string("none"))
             << ", Library " << (libChange.empty() ? std::string("none") : libChange);
      if (libChange.empty() && !ours->change) continue;
      std::string kind;
      if (libChange.empty()) {
        kind = "ours-only";
        rep.changeMismatch.insert(key + kind);
        rep.changeDetail[key + kind] = detail.str();
      } else if (!ours->change) {
        kind = "library-only";
        rep.changeMismatch.insert(key + kind);
        rep.changeDetail[key + kind] = detail.str();
      } else {
        ++rep.changesCompared;
        if (std::fabs(*ours->change - 100.0 * std::stod(libChange)) > tolerancePoints(libChange)) {
          kind = "differs";
          rep.changeMismatch.insert(key + kind);
          rep.changeDetail[key + kind] = detail.str();
        }
      }
    }
  }
  return rep;
}

std::set<std::string> listedChangeExceptions(const std::string& election) {
  std::set<std::string> out;
  std::istringstream in(readFile(sourceDir() / "tests" / "feeds" / "library-change-exceptions.txt"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream f(line);
    std::string e, id, party, kind;
    f >> e >> id >> party >> kind;
    if (e == election) out.insert(e + " " + id + " " + party + " " + kind);
  }
  return out;
}

} // namespace landslide::test

namespace landslide::test {

void checkReport(const OracleReport& rep, const std::string& election, int seats) {
  CHECK(rep.seats == seats);
  for (const auto& f : rep.failures) FAIL_CHECK(f);
  const auto listed = listedChangeExceptions(election);
  for (const auto& m : rep.changeMismatch)
    CHECK_MESSAGE(listed.count(m), "differs from the Library and is not listed in library-change-exceptions.txt: "
                                       << rep.changeDetail.at(m));
  for (const auto& l : listed) CHECK_MESSAGE(rep.changeMismatch.count(l), "listed exception no longer differs: " << l);
  MESSAGE(election << ": " << rep.seats << " seats agree on winner, gain/hold and caption; " << rep.changesCompared
                   << " share changes agree; " << rep.changeMismatch.size() << " listed exceptions");
}

} // namespace landslide::test

namespace landslide::test {

LibraryTotals libraryTotals(const LibraryElection& e) {
  LibraryTotals out;
  const ResultsSnapshot& snap = *e.parsed.snapshot;
  const CsvTable& t = e.constituencies;
  // The Library's party vote columns, as named in the 2019 and 2024 files.
  const std::vector<std::string> columns{"Con", "Lab", "LD", "RUK",  "Green", "SNP",
                                         "PC",  "DUP", "SF", "SDLP", "UUP",   "APNI"};
  for (const auto& c : columns) out.voteColumns.insert(ourCode(snap, c));
  for (const auto& row : t.rows) {
    const std::string id = col(t, row, {"ONS ID"});
    const std::string first = ourCode(snap, col(t, row, {"First party"}));
    const auto result = parseResult(snap, col(t, row, {"Result"}));
    if (!result.ok || result.winner != first)
      out.failures.push_back(id + ": First party \"" + col(t, row, {"First party"}) + "\", Result \"" +
                             col(t, row, {"Result"}) + "\"");
    ++out.parties[first].seats;
    if (result.ok && result.gain) {
      ++out.parties[result.winner].gains;
      ++out.parties[result.previous].losses;
    }
    for (const auto& c : columns) out.parties[ourCode(snap, c)].votes += std::stoll(col(t, row, {c}));
    out.parties["*"].votes += std::stoll(col(t, row, {"All other candidates"}));
    out.validVotes += std::stoll(col(t, row, {"Valid votes"}));
  }
  return out;
}

} // namespace landslide::test
