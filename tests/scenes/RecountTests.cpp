// A recount scripted with --steps "T update FILE": the bars move from the old counts to
// the new ones, and once settled the picture equals a fresh render of the new data.
#include "Image.h"
#include "Run.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <map>

using namespace landslide::test;

namespace {

// The right-hand end of the Green bar (#02A95B): the only Green on the graphic.
int greenBarEnd(const Image& img) {
  int end = -1;
  for (int y = 0; y < img.height; ++y)
    for (int x = 0; x < img.width; ++x) {
      const uint8_t* p = img.at(x, y);
      if (p[3] > 250 && std::abs(p[0] - 0x02) < 10 && std::abs(p[1] - 0xA9) < 10 && std::abs(p[2] - 0x5B) < 10)
        end = std::max(end, x);
    }
  return end;
}

} // namespace

TEST_SUITE("gl") {
  TEST_CASE("a recount landing mid-air: bars move from old to new, and settle on a fresh render of the new data") {
    std::string dir = scratchDir("scene-recount");
    std::string fixtures = sourceDir() + "/tests/scenes/fixtures/";
    std::string base = landslideBinary() + " render --scene vote-bars --feed " + fixtures + "recount-before.json";
    // The theme's update takes 0.9 s: the update lands at 2.0 s, mid-move is 2.46 s.
    std::string steps = " --steps '2 update " + fixtures + "recount-after.json'";
    struct Shot {
      const char* name;
      std::string args;
    } shots[] = {
        {"old", base + " --at 1.9"},
        {"mid", base + steps + " --at 2.46"},
        {"end", base + steps + " --at 3.5"},
        {"fresh", landslideBinary() + " render --scene vote-bars --feed " + fixtures + "recount-after.json --at 3.5"},
    };
    std::map<std::string, Image> images;
    for (const Shot& s : shots) {
      RunResult r = run(s.args + " --out " + dir + "/" + s.name + ".png");
      INFO(r.out);
      REQUIRE(r.status == 0);
      images[s.name] = loadPng(dir + "/" + s.name + ".png");
    }
    int oldEnd = greenBarEnd(images["old"]), midEnd = greenBarEnd(images["mid"]), newEnd = greenBarEnd(images["fresh"]);
    INFO("Green bar ends: old " << oldEnd << ", mid " << midEnd << ", new " << newEnd);
    REQUIRE(oldEnd > 0);
    CHECK(newEnd - oldEnd > 30); // a 1,000-vote bundle moved: a long way, not a pixel
    CHECK(midEnd > oldEnd);
    CHECK(midEnd < newEnd);
    Comparison settled = compare(images["end"], images["fresh"]);
    CHECK(settled.sameSize);
    CHECK(settled.differing == 0);
  }
}
