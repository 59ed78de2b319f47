#pragma once
// Internals shared by the Commons Library importer's source files.

#include "feeds/CommonsLibrary.h"
#include "feeds/Csv.h"

#include <map>

namespace landslide::library {

// Reads columns of one CSV by name, with errors naming file, row and column.
class Columns {
public:
  Columns(const CsvTable& table, std::string file, FeedErrors& errors);
  // Resolves a column; records an error and returns false when absent.
  bool need(const char* key, std::initializer_list<std::string_view> names);
  const std::string& text(const std::vector<std::string>& row, const char* key) const;
  std::optional<int64_t> count(const std::vector<std::string>& row, std::size_t rowIndex, const char* key);

private:
  const CsvTable& table_;
  std::string file_;
  FeedErrors& errors_;
  std::map<std::string, std::size_t> index_;
};

struct PartySeen {
  std::string code;
  std::string libraryName;
};

// Previous results keyed by the current contest id.
struct PreviousData {
  std::map<std::string, PreviousResult> byId;
  std::map<std::string, std::string> names; // party code -> first Library name seen
};

PreviousData readPreviousCandidacies(const CommonsLibraryInput& in, const ContinuityTable& continuity,
                                     const std::string& label, FeedErrors& errors);
PreviousData readNotional(const CsvInput& notional, const std::map<std::string, std::string>& idByName,
                          const ContinuityTable& continuity, const std::string& label, FeedErrors& errors);

// Votes descending, then party code: a stable order for the feed.
void sortPrevious(PreviousResult& previous);

} // namespace landslide::library
