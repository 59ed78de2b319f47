// The broken-feed corpus (tests/feeds/broken, manifest expected.tsv): each file gets
// the right error at the right JSON Pointer, or lets the document through with the
// right warning.

#include "TestSupport.h"

#include <doctest/doctest.h>

#include <set>
#include <sstream>

using namespace landslide;
using namespace landslide::test;

TEST_CASE("broken-feed corpus: every file gets its error or warning") {
  const auto dir = sourceDir() / "tests" / "feeds" / "broken";
  std::istringstream manifest(readFile(dir / "expected.tsv"));
  std::string line;
  int cases = 0;
  std::set<std::string> listed;
  while (std::getline(manifest, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::istringstream cols(line);
    for (std::string c; std::getline(cols, c, '\t');) f.push_back(c);
    REQUIRE_MESSAGE(f.size() == 4, line);
    const auto& [file, severity, path, fragment] = std::tie(f[0], f[1], f[2], f[3]);
    listed.insert(file);
    ++cases;
    const auto r = parseFeed(readFile(dir / file), file);
    const FeedErrors& pool = severity == "error" ? r.errors : r.warnings;
    CHECK_MESSAGE(r.ok() == (severity == "warning"), file);
    bool found = false;
    for (const auto& e : pool) found = found || (e.path == path && e.reason.find(fragment) != std::string::npos);
    std::string got;
    for (const auto& e : r.errors) got += "\n  " + e.toString();
    for (const auto& e : r.warnings) got += "\n  " + e.toString();
    CHECK_MESSAGE(found, file << ": expected " << severity << " at \"" << path << "\" containing \"" << fragment
                              << "\"; got:" << got);
    if (!r.ok()) CHECK_MESSAGE(r.snapshot == nullptr, file);
  }
  CHECK(cases >= 30);
  // Every corpus file is in the manifest.
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".json")
      CHECK_MESSAGE(listed.count(entry.path().filename().string()), entry.path() << " is not in expected.tsv");
}
