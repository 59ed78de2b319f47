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

// The left-hand end of the Green change bar on page two (the name tab, further left, is skipped).
int greenBarStart(const Image& img) {
  for (int x = img.width / 5; x < img.width; ++x)
    for (int y = 0; y < img.height; ++y) {
      const uint8_t* p = img.at(x, y);
      if (p[3] > 250 && std::abs(p[0] - 0x02) < 10 && std::abs(p[1] - 0xA9) < 10 && std::abs(p[2] - 0x5B) < 10)
        return x;
    }
  return -1;
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

  TEST_CASE("a recount landing on page two moves the change bars too (Green: -2.3 to +0.7 points)") {
    std::string dir = scratchDir("scene-recount-page-two");
    std::string fixtures = sourceDir() + "/tests/scenes/fixtures/";
    std::string base = landslideBinary() + " render --scene vote-bars --feed " + fixtures + "recount-before.json";
    std::string steps = " --steps '1 next; 3 update " + fixtures + "recount-after.json'";
    std::map<std::string, Image> images;
    for (auto [name, at] : {std::pair{"old", "2.9"}, {"mid", "3.45"}, {"new", "4.5"}}) {
      RunResult r = run(base + steps + " --at " + at + " --out " + dir + "/" + name + ".png");
      INFO(r.out);
      REQUIRE(r.status == 0);
      images[name] = loadPng(dir + "/" + name + ".png");
    }
    // Left of the axis while Green is down, at the axis once it is up: the start moves right.
    int oldStart = greenBarStart(images["old"]), midStart = greenBarStart(images["mid"]);
    int newStart = greenBarStart(images["new"]);
    INFO("Green change bar starts: old " << oldStart << ", mid " << midStart << ", new " << newStart);
    REQUIRE(oldStart > 0);
    CHECK(newStart - oldStart > 15);
    CHECK(midStart > oldStart + 3);
    CHECK(midStart < newStart - 3);
  }
}
