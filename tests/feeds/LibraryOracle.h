#pragma once
// Compares derived figures with the House of Commons Library's own published columns
// (Result, Majority, Change) for every seat of an imported election.

#include "TestSupport.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace landslide::test {

struct OracleReport {
  int seats = 0;
  std::vector<std::string> failures;               // winner / gain-hold / caption disagreements: never allowed
  std::set<std::string> changeMismatch;            // "election id PARTY kind" (kind: library-only, ours-only, differs;
                                                   // "election id - majority" for a majority): allowed when listed
  std::map<std::string, std::string> changeDetail; // key -> the same with names and numbers
  int changesCompared = 0;
};

OracleReport compareWithLibrary(const LibraryElection& e, const std::string& election);

// Keys "election id PARTY kind" listed in tests/feeds/library-change-exceptions.txt.
std::set<std::string> listedChangeExceptions(const std::string& election);

// Checks a report: no failures, the mismatches exactly the listed exceptions.
void checkReport(const OracleReport& report, const std::string& election, int seats);

} // namespace landslide::test

namespace landslide::test {

// The Library's own national picture, from its constituencies CSV alone: seats per
// party from `First party` (checked against the winner in `Result`), gains and losses
// from the `Result` captions ("Lab gain from Con"), and votes from the party vote
// columns (Con, Lab, LD, RUK, Green, SNP, PC, DUP, SF, SDLP, UUP, APNI) with
// "All other candidates" as "*". Codes are ours, canonical ("Lab Coop" is Labour,
// "Spk" the Speaker's own seat).
struct LibraryParty {
  int seats = 0, gains = 0, losses = 0;
  int64_t votes = 0; // only for parties with a vote column, and "*"
};
struct LibraryTotals {
  std::map<std::string, LibraryParty> parties;
  std::set<std::string> voteColumns; // our codes of the parties with their own column
  int64_t validVotes = 0;            // sum of `Valid votes`
  std::vector<std::string> failures; // rows the oracle could not read, or First party vs Result
};
LibraryTotals libraryTotals(const LibraryElection& e);

} // namespace landslide::test
