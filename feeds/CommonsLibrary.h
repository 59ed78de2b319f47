#pragma once
// Importer for the House of Commons Library's election CSVs (candidacies,
// constituencies, notional results). It reads counts only — votes, electorate, valid
// and invalid votes — never the Library's own Result, Majority, Share or Change.
// Every file the Library publishes in this format imports: where the importer has to
// make a choice (an unknown value, a valid-vote total that is not the candidates' sum, a
// file without a header row, a column it does not know) it says so in a warning naming
// the file, row and column.

#include "feeds/Election.h"
#include "feeds/base/Expected.h"

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
  // A candidacy for a seat that is not in the constituencies file is an error (the import
  // fails: a broadcast must not lose a candidate without a word); true leaves it out with
  // a warning.
  bool allowUnknownSeats = false;
};

struct Imported {
  Election election;
  Problems warnings; // every choice the importer made, each naming file, row and column
};

// "13/12/2019 03:04" (UK local time, as the Library writes it) as ISO 8601 with the UK
// offset of that moment: "2019-12-13T03:04:00+00:00", "2017-06-09T02:41:00+01:00"
// (BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
// October). nullopt for any other text, or a time that the clocks skip in March.
std::optional<std::string> ukLocalTimeToInstant(std::string_view text);

// The feed, or the first error (its reason says how many more there were).
Expected<Imported> importCommonsLibrary(const CommonsLibraryInput& input, const CommonsLibraryOptions& options,
                                        const ContinuityTable& continuity);

} // namespace landslide
