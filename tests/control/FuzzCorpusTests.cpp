// Replays the committed libFuzzer corpora of the AMCP text path and CG data
// (tests/fuzz/amcp-corpus, tests/fuzz/cgdata-corpus) through the fuzzers' own checks, so
// every input a fuzzing run kept stays handled. A broken invariant traps (a crash here).
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace landslide::fuzz {
int amcpOne(const uint8_t* data, size_t size);
int cgDataOne(const uint8_t* data, size_t size);
} // namespace landslide::fuzz

namespace {

std::size_t replay(const char* corpus, int (*one)(const uint8_t*, size_t)) {
  const std::filesystem::path dir = std::filesystem::path(LANDSLIDE_SOURCE_DIR) / "tests" / "fuzz" / corpus;
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CAPTURE(entry.path().string());
    CHECK(one(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()) == 0);
    ++files;
  }
  return files;
}

} // namespace

TEST_CASE("fuzz corpora replay: the AMCP text path and CG data") {
  CHECK(replay("amcp-corpus", landslide::fuzz::amcpOne) > 10);
  CHECK(replay("cgdata-corpus", landslide::fuzz::cgDataOne) > 5);
}
