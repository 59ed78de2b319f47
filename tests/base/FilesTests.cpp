#include "feeds/base/Files.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace landslide;

namespace {

fs::path freshDir(const char* name) {
  fs::path dir = fs::temp_directory_path() / ("landslide-base-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void put(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

} // namespace

TEST_CASE("readFile reads a regular file and names what it refuses") {
  const fs::path dir = freshDir("read");
  put(dir / "a.json", "{\"x\": 1}");
  auto ok = files::readFile((dir / "a.json").string(), 1024);
  REQUIRE(ok.ok());
  CHECK(*ok == "{\"x\": 1}");

  auto missing = files::readFile((dir / "none.json").string(), 1024);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.problem().rule == "missing");
  CHECK(missing.problem().file == (dir / "none.json").string());

  auto big = files::readFile((dir / "a.json").string(), 4);
  REQUIRE_FALSE(big.ok());
  CHECK(big.problem().rule == "too-large");

  auto directory = files::readFile(dir.string(), 1024);
  REQUIRE_FALSE(directory.ok());
  CHECK(directory.problem().rule == "not-regular");
}

TEST_CASE("readFile refuses a FIFO at once instead of waiting for a writer") {
  const fs::path dir = freshDir("fifo");
  const fs::path fifo = dir / "feed.json";
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  auto r = files::readFile(fifo.string(), 1024); // would block forever without O_NONBLOCK
  REQUIRE_FALSE(r.ok());
  CHECK(r.problem().rule == "not-regular");
}

TEST_CASE("writeFileAtomically replaces a file and leaves no temporary behind") {
  const fs::path dir = freshDir("write");
  const fs::path target = dir / "journal.json";
  put(target, "old");
  REQUIRE(files::writeFileAtomically(target.string(), "new").ok());
  CHECK(*files::readFile(target.string(), 64) == "new");
  int entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++entries;
  CHECK(entries == 1);
}

TEST_CASE("a failed atomic write is a problem and keeps the last good file") {
  if (::geteuid() == 0) {
    // root writes through read-only modes; a missing directory fails for everyone.
    auto r = files::writeFileAtomically("/nonexistent-landslide-dir/journal.json", "x");
    REQUIRE_FALSE(r.ok());
    CHECK(r.problem().rule == "write-failed");
    return;
  }
  const fs::path dir = freshDir("readonly");
  const fs::path target = dir / "journal.json";
  put(target, "good");
  fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec);
  auto r = files::writeFileAtomically(target.string(), "new");
  fs::permissions(dir, fs::perms::owner_all);
  REQUIRE_FALSE(r.ok());
  CHECK(r.problem().rule == "write-failed");
  CHECK(*files::readFile(target.string(), 64) == "good");
}

TEST_CASE("temporary names are unique per call and hidden beside the target") {
  const auto a = files::temporaryNameFor("/x/y/journal.json");
  const auto b = files::temporaryNameFor("/x/y/journal.json");
  CHECK(a != b);
  CHECK(a.parent_path() == "/x/y");
  CHECK(a.filename().string().rfind(".journal.json.", 0) == 0);
}
