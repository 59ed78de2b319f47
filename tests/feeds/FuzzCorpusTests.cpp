// Replays the committed libFuzzer corpus (tests/fuzz/corpus) through the same path the
// fuzz target takes, so every build re-checks the inputs the fuzzer found interesting.

#include "TestSupport.h"

#include "feeds/DeriveJson.h"

#include <doctest/doctest.h>

using namespace landslide;
using namespace landslide::test;

TEST_CASE("fuzz corpus replays without a crash; rejected inputs say why") {
  const auto dir = sourceDir() / "tests" / "fuzz" / "corpus";
  int files = 0, accepted = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    ++files;
    const auto r = parseFeed(readFile(entry.path()), entry.path().filename().string());
    if (r.ok()) {
      ++accepted;
      CHECK_FALSE(deriveJson(*r.snapshot).empty());
      for (const auto& c : r.snapshot->election().contests) CHECK_FALSE(deriveJson(*r.snapshot, c.id).empty());
    } else {
      CHECK_MESSAGE(!r.errors.empty(), entry.path());
    }
  }
  CHECK(files >= 10);
  MESSAGE(files << " corpus files, " << accepted << " accepted");
}
