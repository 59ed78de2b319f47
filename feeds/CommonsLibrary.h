#pragma once
// Importer for the House of Commons Library's election CSVs (candidacies,
// constituencies, notional results). It reads counts only — votes, electorate, valid
// and invalid votes — never the Library's own Result, Majority, Share or Change.

#include "feeds/Election.h"
#include "feeds/FeedError.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace landslide {

struct ContinuityTable;

struct CsvInput {
  std::string name; // for messages
  std::string bytes;
};

struct CommonsLibraryInput {
  CsvInput candidacies;    // one row per candidate
  CsvInput constituencies; // one row per seat: electorate, valid, invalid votes
  std::optional<CsvInput> previousCandidacies;
  std::optional<CsvInput> previousConstituencies; // electorate and rejected ballots of the previous result
  std::optional<CsvInput> notional;               // previous result re-computed on new boundaries
};

struct CommonsLibraryOptions {
  std::string electionName;      // Election::name
  std::string date;              // Election::date (ISO), optional
  std::string previousLabel;     // PreviousResult::label, e.g. "2019"
  std::vector<std::string> only; // ONS ids to import; empty = all
};

struct ImportResult {
  std::optional<Election> election;
  FeedErrors errors;
  FeedErrors warnings;
};

// "13/12/2019 03:04" (UK local time, as the Library writes it) as ISO 8601 with the UK
// offset of that moment: "2019-12-13T03:04:00+00:00", "2017-06-09T02:41:00+01:00"
// (BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
// October). nullopt for any other text, or a time that the clocks skip in March.
std::optional<std::string> ukLocalTimeToInstant(std::string_view text);

ImportResult importCommonsLibrary(const CommonsLibraryInput& input, const CommonsLibraryOptions& options,
                                  const ContinuityTable& continuity);

} // namespace landslide
