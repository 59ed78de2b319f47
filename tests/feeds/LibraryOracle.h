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
