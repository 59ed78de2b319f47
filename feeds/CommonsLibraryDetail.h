#pragma once
// Internals shared by the Commons Library importer's source files.

#include "feeds/CommonsLibrary.h"
#include "feeds/Csv.h"

#include <map>
#include <set>

namespace landslide::library {

enum class FileKind { Candidacies, Constituencies, Notional };

// Reads one of the Library's CSVs into a table. A file without a header row (the Library
// published some that way) is read by position as the Library's layout with that number
// of columns, with a warning; a file with neither a header nor a known layout is refused.
Expected<CsvTable> readLibraryCsv(const CsvInput& in, FileKind kind, Problems& problems);

// Constituencies columns that are neither read nor a party's votes are reported once per
// file: a layout the importer has not seen. Party columns are ignored by design (each
// party's votes come from the candidacies file, where every party keeps its code).
void warnUnknownColumns(const CsvTable& table, const std::string& file, Problems& problems);

// Reads columns of one CSV by name, with problems naming file, row and column.
class Columns {
public:
  Columns(const CsvTable& table, std::string file, Problems& problems);
  // Resolves a column; records an error and returns false when absent.
  bool need(const char* key, std::initializer_list<std::string_view> names);
  // Resolves a column that may be absent.
  bool want(const char* key, std::initializer_list<std::string_view> names);
  bool has(const char* key) const { return index_.count(key) != 0; }
  const std::string& text(const CsvRecord& row, const char* key) const;
  // A count; nullopt when unknown. A marker of an unknown value ("[x]", "..", "-", blank)
  // is a warning ending in `ifUnknown` (what the importer does instead); other text is an
  // error.
  std::optional<int64_t> count(const CsvRecord& row, std::size_t rowIndex, const char* key,
                               const std::string& ifUnknown);
  // "row N, column "Votes"": where a row's field is, for messages.
  std::string where(std::size_t rowIndex, const char* key) const;
  const std::string& file() const { return file_; }

private:
  const CsvTable& table_;
  std::string file_;
  Problems& problems_;
  std::map<std::string, std::size_t> index_;
};

// True for the Library's markers of a value it does not have.
bool isUnknownMarker(std::string_view text);

struct PartySeen {
  std::string code;
  std::string libraryName;
};

// Previous results keyed by the current contest id, for the contests in `wanted` (an
// unknown count is reported only for those).
struct PreviousData {
  std::map<std::string, PreviousResult> byId;
  std::map<std::string, std::string> names; // party code -> first Library name seen
};

PreviousData readPreviousCandidacies(const CommonsLibraryInput& in, const ContinuityTable& continuity,
                                     const std::string& label, const std::set<std::string>& wanted, Problems& problems);
PreviousData readNotional(const CsvInput& notional, const std::map<std::string, std::string>& idByName,
                          const ContinuityTable& continuity, const std::string& label,
                          const std::set<std::string>& wanted, Problems& problems);

// Votes descending, then party code: a stable order for the feed.
void sortPrevious(PreviousResult& previous);

} // namespace landslide::library
