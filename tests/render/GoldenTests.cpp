#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include "Image.h"
#include "Run.h"

#include <string>

using namespace landslide::test;

namespace {

// Renders one frame through the real binary (headless EGL on llvmpipe) and loads it.
Image renderFrame(const std::string& dir, const std::string& name, const std::string& args) {
  std::string png = dir + "/" + name + ".png";
  RunResult r = run(landslideBinary() + " render " + args + " --out " + png);
  INFO(r.out);
  REQUIRE(r.status == 0);
  return loadPng(png);
}

void checkAgainstGolden(const Image& actual, const std::string& name) {
  std::string golden = sourceDir() + "/tests/goldens/" + name + ".png";
  Comparison c = checkGolden(actual, golden, std::string(LANDSLIDE_TEST_OUTPUT_DIR) + "/golden-failures");
  INFO(name << ": " << c.differing << " of " << c.total << " pixels differ by more than " << kChannelTolerance
            << "/255 (max " << c.maxDelta << "); see build/test-output/golden-failures/");
  CHECK(c.passes());
}

} // namespace

TEST_CASE("test-card goldens: start, mid-entrance, settled, mid-exit, page two") {
  std::string dir = scratchDir("goldens-test-card");
  struct Case {
    const char* name;
    const char* args;
  } cases[] = {
      {"test-card-start", "--scene test-card --at 0.04"},
      {"test-card-mid-entrance", "--scene test-card --at 0.3"},
      {"test-card-settled", "--scene test-card --at 2"},
      {"test-card-mid-exit", "--scene test-card --steps '2 out' --at 2.2"},
      {"test-card-page-two", "--scene test-card --steps '1.5 next' --at 2.5"},
      {"test-card-720p", "--scene test-card --size 1280x720 --at 2"},
  };
  for (const Case& c : cases) {
    SUBCASE(c.name) { checkAgainstGolden(renderFrame(dir, c.name, c.args), c.name); }
  }
}

TEST_CASE("golden self-test: a one-pixel shift fails the tolerance") {
  std::string dir = scratchDir("goldens-self-test");
  Image settled = renderFrame(dir, "settled", "--scene test-card --at 2");
  Image shifted = settled;
  for (int y = 0; y < settled.height; ++y)
    for (int x = settled.width - 1; x > 0; --x)
      for (int ch = 0; ch < 4; ++ch)
        shifted.rgba[(size_t(y) * settled.width + x) * 4 + ch] =
            settled.rgba[(size_t(y) * settled.width + x - 1) * 4 + ch];
  CHECK(compare(settled, settled).passes());
  CHECK_FALSE(compare(shifted, settled).passes());
  Image nudged = settled; // one pixel one level off is within tolerance
  nudged.rgba[1000] = uint8_t(nudged.rgba[1000] ^ 1);
  CHECK(compare(nudged, settled).passes());
}

TEST_CASE("render writes a 1920x1080 PNG with a transparent background, headless") {
  std::string dir = scratchDir("transparent");
  Image img = renderFrame(dir, "frame", "--scene test-card --at 2");
  REQUIRE(img.width == 1920);
  REQUIRE(img.height == 1080);
  CHECK(img.at(0, 0)[3] == 0);
  CHECK(img.at(960, 100)[3] == 0);   // above the lower third
  CHECK(img.at(960, 940)[3] >= 230); // inside the plate
}

TEST_CASE("same frame, same pixels: a frame rendered directly equals the one reached by playing") {
  std::string dir = scratchDir("determinism");
  Image direct = renderFrame(dir, "direct", "--scene test-card --at 0.5");
  std::string seq = dir + "/seq/";
  RunResult r = run(landslideBinary() + " render --scene test-card --frames 0:25 --out " + seq);
  REQUIRE(r.status == 0);
  Image played = loadPng(seq + "frame-000025.png");
  Comparison c = compare(direct, played);
  CHECK(c.sameSize);
  CHECK(c.differing == 0);
}

TEST_CASE("the EGL device platform (Mesa's software device here, a GPU elsewhere) renders the same frame") {
  std::string dir = scratchDir("egl-device");
  Image surfaceless = renderFrame(dir, "surfaceless", "--scene test-card --at 2 --gl surfaceless");
  Image device = renderFrame(dir, "device", "--scene test-card --at 2 --gl device");
  Comparison c = compare(device, surfaceless);
  CHECK(c.passes());
}
