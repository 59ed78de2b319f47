#include "TestSupport.h"

#include "feeds/Continuity.h"
#include "feeds/FeedWriter.h"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace landslide::test {

std::filesystem::path sourceDir() { return LANDSLIDE_SOURCE_DIR; }

std::filesystem::path libraryDir() { return sourceDir() / "tests" / "data" / "commons-library"; }

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void writeFile(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  REQUIRE(out.good());
}

CsvInput csvFile(const std::string& rel) { return CsvInput{rel, readFile(libraryDir() / rel)}; }

namespace {

CsvTable table(const CsvInput& in) {
  auto r = readCsv(in.bytes, in.name);
  REQUIRE_MESSAGE(r.ok(), r.error());
  return *r;
}

LibraryElection run(CommonsLibraryInput in, const std::string& name, const std::string& label) {
  LibraryElection out;
  out.constituencies = table(in.constituencies);
  out.candidacies = table(in.candidacies);
  const auto imported = importCommonsLibrary(in, {name, "", label, {}}, builtinContinuity());
  REQUIRE_MESSAGE(imported.ok(), imported.error());
  out.parsed = parseFeed(writeFeed(imported->election), name);
  for (const auto& e : out.parsed.errors) FAIL_CHECK(e.toString());
  REQUIRE(out.parsed.ok());
  return out;
}

} // namespace

LibraryElection importGe2024() {
  CommonsLibraryInput in;
  in.candidacies = csvFile("ge2024/candidacies.csv");
  in.constituencies = csvFile("ge2024/constituencies.csv");
  in.notional = csvFile("ge2024/notional-2019-on-2024-boundaries.csv");
  return run(std::move(in), "ge2024", "2019 notional");
}

LibraryElection importGe2019() {
  CommonsLibraryInput in;
  in.candidacies = csvFile("ge2019/candidacies.csv");
  in.constituencies = csvFile("ge2019/constituencies.csv");
  in.previousCandidacies = csvFile("ge2017/candidacies.csv");
  in.previousConstituencies = csvFile("ge2017/constituencies.csv");
  return run(std::move(in), "ge2019", "2017");
}

LibraryElection importByElections2019() {
  CommonsLibraryInput in;
  in.candidacies = csvFile("by-elections-2019-2024/candidacies.csv");
  in.constituencies = csvFile("by-elections-2019-2024/constituencies.csv");
  in.previousCandidacies = csvFile("ge2019/candidacies.csv");
  in.previousConstituencies = csvFile("ge2019/constituencies.csv");
  return run(std::move(in), "by-elections 2019-2024", "2019");
}

LibraryElection importByElections2024() {
  CommonsLibraryInput in;
  in.candidacies = csvFile("by-elections-2024-2029/candidacies.csv");
  in.constituencies = csvFile("by-elections-2024-2029/constituencies.csv");
  in.previousCandidacies = csvFile("ge2024/candidacies.csv");
  in.previousConstituencies = csvFile("ge2024/constituencies.csv");
  return run(std::move(in), "by-elections 2024-2029", "2024");
}

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  path_ = std::filesystem::temp_directory_path() /
          ("landslide-feeds-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

bool waitFor(const std::function<bool()>& pred, int timeoutMs) {
  const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
  while (std::chrono::steady_clock::now() < end) {
    if (pred()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return pred();
}

} // namespace landslide::test
