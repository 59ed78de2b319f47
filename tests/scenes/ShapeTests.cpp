// Vertical and square pictures: `render --size` takes the three shapes end to end and
// refuses any other, and each single-seat scene lays itself out for the shape (on the
// CPU: where its text sits and how large it is), not as a shrunken 16:9.
#include "CpuFrames.h"
#include "Image.h"
#include "Run.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace landslide;
using namespace landslide::test;

namespace {

// Rows of the picture holding any opaque pixel: first and last.
std::pair<int, int> opaqueRows(const Image& img) {
  int first = -1, last = -1;
  for (int y = 0; y < img.height; ++y)
    for (int x = 0; x < img.width; x += 3)
      if (img.at(x, y)[3] > 200) {
        if (first < 0) first = y;
        last = y;
        break;
      }
  return {first, last};
}

struct TextBounds {
  float top = 1e9f, bottom = -1e9f, tallest = 0;
  size_t glyphs = 0;
};

TextBounds textBounds(const CpuFrame& f) {
  TextBounds b;
  for (const GlyphBox& g : f.glyphs) {
    b.top = std::min(b.top, g.y0), b.bottom = std::max(b.bottom, g.y1);
    b.tallest = std::max(b.tallest, g.y1 - g.y0);
    ++b.glyphs;
  }
  return b;
}

} // namespace

TEST_SUITE("gl") {
  TEST_CASE("render --size 1080x1920 and 1080x1080 draw vote-bars for the shape; 1440x1080 is refused") {
    const std::string dir = scratchDir("shapes-cli");
    const std::string feed = sourceDir() + "/feeds/samples/by-elections-2023-10-19.json";
    auto render = [&](const std::string& size) {
      const std::string png = dir + "/" + size + ".png";
      RunResult r = run("timeout 120 " + landslideBinary() + " render --feed " + feed +
                        " --scene vote-bars --contest E14000813 --size " + size + " --at 3 --out " + png);
      INFO(size << ": " << r.out);
      REQUIRE(r.status == 0);
      return loadPng(png);
    };
    Image vertical = render("1080x1920");
    CHECK(vertical.width == 1080);
    CHECK(vertical.height == 1920);
    const auto rows = opaqueRows(vertical);
    const int top = rows.first, bottom = rows.second;
    INFO("plate rows " << top << ".." << bottom);
    CHECK(top > 1920 * 0.07 - 1);      // clear of the platform's account line
    CHECK(bottom < 1920 * (1 - 0.16)); // and of its caption and buttons
    CHECK(bottom - top > 1920 / 2);    // a plate for the tall picture, not a 16:9 strip

    Image square = render("1080x1080");
    CHECK(square.width == 1080);
    CHECK(square.height == 1080);
    const auto squareRows = opaqueRows(square);
    const int sTop = squareRows.first, sBottom = squareRows.second;
    CHECK(sTop > 0);
    CHECK(sBottom < 1079);
    CHECK(sBottom - sTop > 1080 * 0.7);

    RunResult odd = run("timeout 60 " + landslideBinary() + " render --feed " + feed +
                        " --scene vote-bars --size 1440x1080 --at 3 --out " + dir + "/odd.png");
    INFO(odd.out);
    CHECK(odd.status != 0);
    CHECK(odd.status < 128);
    CHECK(odd.out.find("--size '1440x1080'") != std::string::npos);
    CHECK(odd.out.find("9:16") != std::string::npos);
  }
}

TEST_SUITE("nogl") {
  TEST_CASE("each single-seat scene on a phone picture: type at least its 1080p size, the graphic low in 9:16") {
    CpuFrames cpu(sourceDir());
    for (const char* scene : {"vote-bars", "seat-change", "result-card", "swing", "test-card"}) {
      auto at = [&](int w, int h) {
        Scenario s;
        s.name = scene;
        s.scene = scene;
        s.feed = "feeds/samples/by-elections-2023-10-19.json";
        if (std::string(scene) != "test-card") s.contest = "E14000813";
        s.width = w, s.height = h;
        return textBounds(cpu.draw(s, 150));
      };
      TextBounds wide = at(1920, 1080), vertical = at(1080, 1920), square = at(1080, 1080);
      INFO(std::string(scene));
      REQUIRE(wide.glyphs > 20);
      REQUIRE(vertical.glyphs > 20);
      REQUIRE(square.glyphs > 20);
      // The same theme sizes in pixels on a 1080-wide picture: nothing shrunk to fit.
      CHECK(vertical.tallest >= wide.tallest - 0.5f);
      CHECK(square.tallest >= wide.tallest - 0.5f);
      // On 9:16 the text keeps clear of the top tenth and the bottom fifth, and a graphic
      // shorter than half the picture sits below its middle; on 1:1 it is inside title-safe.
      if (vertical.bottom - vertical.top < 1920 * 0.5f) CHECK((vertical.top + vertical.bottom) * 0.5f > 960);
      CHECK(vertical.top >= 1920 * 0.1f);
      CHECK(vertical.bottom <= 1920 * 0.8f);
      CHECK(square.top >= 54);
      CHECK(square.bottom <= 1026);
    }
  }
}
