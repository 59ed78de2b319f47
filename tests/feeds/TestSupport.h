#pragma once
// Helpers shared by the feed tests: paths into the source tree, file reading, and
// importing the committed House of Commons Library CSVs.

#include "feeds/CommonsLibrary.h"
#include "feeds/Csv.h"
#include "feeds/ParseFeed.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace landslide::test {

std::filesystem::path sourceDir();
std::filesystem::path libraryDir(); // tests/data/commons-library
std::string readFile(const std::filesystem::path& path);
void writeFile(const std::filesystem::path& path, const std::string& text);

CsvInput csvFile(const std::string& relativeToLibraryDir);

// The Library election under test, imported in memory and parsed.
struct LibraryElection {
  ParseResult parsed;
  CsvTable constituencies; // the Library's own figures, for the oracle
  CsvTable candidacies;
};
LibraryElection importGe2024();          // vs the notional 2019 results
LibraryElection importGe2019();          // vs 2017
LibraryElection importByElections2019(); // 2019-2024 by-elections vs GE2019
LibraryElection importByElections2024(); // 2024- by-elections vs GE2024

// A unique empty directory under the build tree's temp area, removed by the destructor.
class TempDir {
public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }

private:
  std::filesystem::path path_;
};

// Polls pred every 5 ms until it holds or timeoutMs passes.
bool waitFor(const std::function<bool()>& pred, int timeoutMs = 3000);

} // namespace landslide::test
