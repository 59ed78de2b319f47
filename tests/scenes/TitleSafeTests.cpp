// Every glyph of every golden frame, and of every 5th frame of each golden timeline,
// lies inside title-safe; plates stay inside action-safe (the banner alone may reach the
// frame's sides). Draw lists are built on the CPU: no GL needed.
#include "CpuFrames.h"
#include "Run.h"

#include <doctest/doctest.h>

#include <set>
#include <sstream>

using namespace landslide;
using namespace landslide::test;

namespace {

// Timelines beyond the goldens that stress fitting: long names, diacritics, 13 rows at
// 720p, a recount landing mid-air.
std::vector<Scenario> stressScenarios() {
  std::vector<Scenario> out;
  const std::string longName =
      R"({"Alistair Strathern": "Prince Alistair Augustus Fitzwilliam Strathern-Montgomery of Mid Bedfordshire and the Isles"})";
  for (const char* scene : {"vote-bars", "swing", "seat-change", "result-card"}) {
    Scenario s;
    s.scene = scene;
    s.feed = "feeds/samples/by-elections-2023-10-19.json";
    s.contest = "E14000813";
    s.width = 1280, s.height = 720;
    s.nextAt = 2, s.outAt = 5;
    s.options = {{"names", longName},
                 {"title", "Mid Bedfordshire, Ampthill, Flitwick, Shefford and the Villages of the Greensand Ridge"},
                 {"caption", "A caption long enough to run past the majority and off the edge of any sensible banner"}};
    if (std::string(scene) == "vote-bars") s.options.push_back({"topN", "13"}); // the one scene with rows to count
    s.name = std::string("stress-") + scene;
    out.push_back(s);
    for (auto [w, h] : {std::pair{1080, 1920}, std::pair{1080, 1080}}) { // the stacked layouts
      Scenario shaped = s;
      shaped.width = w, shaped.height = h;
      shaped.name += "-" + std::to_string(w) + "x" + std::to_string(h);
      out.push_back(shaped);
      Scenario awaiting = shaped; // no figures: names only, all thirteen on vote-bars
      awaiting.feed = "tests/scenes/fixtures/partial-results.json";
      awaiting.name += "-awaiting";
      out.push_back(awaiting);
    }
    Scenario welsh = s;
    welsh.feed = "feeds/samples/ge2024.json";
    welsh.contest = "W07000112"; // Ynys Môn
    welsh.options = {};
    welsh.width = 1920, welsh.height = 1080;
    welsh.name = std::string("ynys-mon-") + scene;
    out.push_back(welsh);
    Scenario glyndwr = welsh;
    glyndwr.contest = "W07000102"; // Montgomeryshire and Glyndŵr
    glyndwr.name = std::string("glyndwr-") + scene;
    out.push_back(glyndwr);
    Scenario antrim = welsh;
    antrim.contest = "N05000012"; // North Antrim: Ráichéal Mhic Niocaill
    antrim.width = 1280, antrim.height = 720;
    if (std::string(scene) == "vote-bars") antrim.options = {{"topN", "13"}};
    antrim.name = std::string("north-antrim-") + scene;
    out.push_back(antrim);
  }
  out.push_back(recountScenario());
  return out;
}

struct Check {
  size_t frames = 0, glyphs = 0;
  std::vector<std::string> failures;
};

void checkFrame(CpuFrames& cpu, const Scenario& s, int64_t frame, Check& check) {
  CpuFrame f = cpu.draw(s, frame);
  if (!f.onAir) return;
  ++check.frames;
  const Theme& theme = cpu.theme(s.theme);
  const Rect px{0, 0, float(s.width), float(s.height)};
  const SafeAreas safe = safeAreasFor(px, nearestShape(s.width, s.height), theme.titleSafe, theme.actionSafe);
  const Rect title = safe.title, action = safe.action;
  const float eps = 0.01f;
  for (const GlyphBox& g : f.glyphs) {
    ++check.glyphs;
    if (g.x0 < title.x - eps || g.y0 < title.y - eps || g.x1 > title.right() + eps || g.y1 > title.bottom() + eps) {
      std::ostringstream m;
      m << s.name << " frame " << frame << ": glyph U+" << std::hex << g.codepoint << std::dec << " at (" << g.x0 << ","
        << g.y0 << ")-(" << g.x1 << "," << g.y1 << ") leaves title-safe";
      check.failures.push_back(m.str());
      return;
    }
  }
  // Anti-aliasing fringes reach half a pixel past a shape's edge.
  const bool fullWidth = s.scene == "seat-change";
  for (const ImVec2& v : f.vertices) {
    bool inX = fullWidth || (v.x >= action.x - 0.51f && v.x <= action.right() + 0.51f);
    bool inY = v.y >= action.y - 0.51f && v.y <= action.bottom() + 0.51f;
    if (!inX || !inY) {
      std::ostringstream m;
      m << s.name << " frame " << frame << ": a vertex at (" << v.x << "," << v.y << ") leaves action-safe";
      check.failures.push_back(m.str());
      return;
    }
  }
}

} // namespace

TEST_SUITE("nogl") {
  TEST_CASE("every glyph of every golden frame, and of every 5th frame of each timeline, is inside title-safe") {
    CpuFrames cpu(sourceDir());
    std::vector<Scenario> all = goldenScenarios();
    for (const Scenario& s : stressScenarios()) all.push_back(s);
    Check check;
    std::set<std::string> walked;
    for (const Scenario& s : all) {
      const FrameRate rate{50, 1};
      const Theme& theme = cpu.theme(s.theme);
      checkFrame(cpu, s, rate.frameAt(s.at), check); // the golden frame itself
      if (!walked.insert(s.timelineKey()).second) continue;
      double end = s.outAt ? *s.outAt + theme.exit.seconds + 0.1 : std::max(s.at, s.nextAt ? *s.nextAt + 3 : 4.0);
      for (int64_t f = 0; f <= rate.frameAt(end); f += 5) checkFrame(cpu, s, f, check);
    }
    MESSAGE(check.frames << " frames, " << check.glyphs << " glyphs checked against title-safe");
    for (const std::string& failure : check.failures) FAIL_CHECK(failure);
    CHECK(check.failures.empty());
    CHECK(check.frames > 500);
    CHECK(check.glyphs > 50000);
  }

  TEST_CASE("a settled golden frame draws text: the title-safe check is not vacuous") {
    CpuFrames cpu(sourceDir());
    for (const Scenario& s : goldenScenarios()) {
      if (s.name.find("settled") == std::string::npos) continue;
      CpuFrame f = cpu.draw(s, FrameRate{50, 1}.frameAt(s.at));
      INFO(s.name);
      CHECK(f.glyphs.size() > 20);
    }
  }
}

TEST_SUITE("nogl") {
  TEST_CASE("Welsh and Irish names are drawn with their own letters, not fallbacks") {
    CpuFrames cpu(sourceDir());
    auto drawn = [&](const char* contest, const char* scene) {
      Scenario s;
      s.name = contest;
      s.scene = scene;
      s.feed = "feeds/samples/ge2024.json";
      s.contest = contest;
      if (std::string(scene) == "vote-bars") s.options = {{"topN", "13"}}; // Ráichéal Mhic Niocaill came seventh
      std::set<unsigned> cps;
      for (const GlyphBox& g : cpu.draw(s, 150).glyphs) cps.insert(g.codepoint);
      return cps;
    };
    std::set<unsigned> glyndwr = drawn("W07000102", "seat-change");
    CHECK(glyndwr.count(0x174)); // Ŵ in MONTGOMERYSHIRE AND GLYNDŴR
    std::set<unsigned> antrim = drawn("N05000012", "vote-bars");
    CHECK(antrim.count(0xE1)); // á in Ráichéal
    CHECK(antrim.count(0xE9)); // é
    CHECK_FALSE(antrim.count(0xFFFD));
    CHECK_FALSE(antrim.count('?'));
  }
}
