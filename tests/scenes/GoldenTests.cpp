// The on-air scenes through the real renderer (headless EGL on llvmpipe), compared with
// the committed goldens in tests/goldens/scenes/ within the project's one tolerance.
#include "Image.h"
#include "Run.h"
#include "Scenarios.h"

#include <doctest/doctest.h>

#include <cstdio>

using namespace landslide::test;

namespace {

std::string outputDir() { return std::string(LANDSLIDE_TEST_OUTPUT_DIR) + "/scene-golden-failures"; }

Image render(const std::string& dir, const std::string& name, const std::string& args) {
  std::string png = dir + "/" + name + ".png";
  RunResult r = run(landslideBinary() + " render " + args + " --out " + png);
  INFO(r.out);
  REQUIRE(r.status == 0);
  return loadPng(png);
}

} // namespace

TEST_SUITE("gl") {
  TEST_CASE("scene goldens: Mid Bedfordshire, Tamworth, Runcorn and Helsby, a 2024 hold, a winner-only seat") {
    std::string dir = scratchDir("scene-goldens");
    for (const Scenario& s : goldenScenarios()) {
      char at[32];
      std::snprintf(at, sizeof at, " --at %.3f", s.at);
      Image actual = render(dir, s.name, s.renderArgs(sourceDir()) + at);
      Comparison c = checkGolden(actual, sourceDir() + "/tests/goldens/scenes/" + s.name + ".png", outputDir());
      INFO(s.name << ": " << c.differing << " of " << c.total << " pixels differ by more than " << kChannelTolerance
                  << "/255 (max " << c.maxDelta << "); actual and diff in " << outputDir());
      CHECK(c.passes());
    }
  }

  TEST_CASE("render --scene seat-change --at 3 shows the Mid Bedfordshire banner") {
    std::string dir = scratchDir("scene-banner");
    Image img =
        render(dir, "banner",
               "--feed " + sourceDir() + "/feeds/samples/by-elections-2023-10-19.json --scene seat-change --at 3");
    REQUIRE(img.width == 1920);
    REQUIRE(img.height == 1080);
    CHECK(img.at(960, 300)[3] == 0); // transparent above the banner
    // The band across the frame in Labour red (#E4003B), edge to edge, opaque.
    for (int x : {2, 700, 1917}) {
      int y = 0;
      for (int yy = 600; yy < 1060; ++yy)
        if (img.at(x, yy)[3] == 255 && img.at(x, yy)[0] > 200 && img.at(x, yy)[1] < 30) y = yy;
      INFO("column " << x);
      CHECK(y > 0);
    }
  }
}
