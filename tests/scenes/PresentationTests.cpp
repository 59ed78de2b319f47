// Presentation in one place: with a layer's short-name overrides, every caption and label
// on a graphic names each party the overridden way — the feed's gain/hold caption is
// built again from the outcome with the layer's names, never drawn as the feed wrote it.
#include "CpuFrames.h"
#include "Run.h"
#include "kit/Captions.h"

#include <doctest/doctest.h>
#include <utf8.h>

#include <cctype>

using namespace landslide;
using namespace landslide::test;

namespace {

const char* const kByElections = "feeds/samples/by-elections-2023-10-19.json";
const char* const kRenames = R"({"LAB": "REDS", "CON": "BLUES"})";

// The glyphs drawn, as text (spaces draw no glyph, so they are not in it).
std::string drawnText(const CpuFrame& f) {
  std::string out;
  for (const GlyphBox& g : f.glyphs) utf8::append(char32_t(g.codepoint), std::back_inserter(out));
  return out;
}
std::string squeeze(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ') out += c;
  return out;
}
bool has(const std::string& text, const std::string& part) { return text.find(squeeze(part)) != std::string::npos; }

Scenario midBeds(const std::string& scene, double at) {
  Scenario s;
  s.name = "presentation-" + scene;
  s.scene = scene;
  s.feed = kByElections;
  s.contest = "E14000813"; // Mid Bedfordshire: LAB GAIN FROM CON
  s.at = at;
  s.options = {{"shortNames", kRenames}};
  return s;
}

} // namespace

TEST_SUITE("nogl") {
  TEST_CASE("captions: built from the outcome with the layer's short names") {
    CpuFrames cpu(sourceDir());
    Scenario s = midBeds("vote-bars", 3);
    SceneInput plain = cpu.input(s, 0);
    plain.options = nullptr; // no overrides: the scene's defaults
    const DerivedContest& d = *plain.results->derived("E14000813");
    CHECK(d.outcome == Outcome::Gain);
    CHECK(resultCaption(Look(plain, plain.results), d) == d.caption); // no overrides: the feed's words
    SceneInput renamed = cpu.input(s, 0);
    CHECK(resultCaption(Look(renamed, renamed.results), d) == "REDS GAIN FROM BLUES");
  }

  TEST_CASE("captions: every text on a graphic uses the override, none the feed's names") {
    CpuFrames cpu(sourceDir());
    // Each single-seat scene that says who won, settled, on each of its pages.
    for (const std::string scene : {"vote-bars", "seat-change", "result-card", "swing"}) {
      for (double at : {3.0, 6.0}) {
        CAPTURE(scene);
        CAPTURE(at);
        Scenario s = midBeds(scene, at);
        if (at > 3) s.nextAt = 3.5; // the second page, where there is one
        const std::string text = drawnText(cpu.draw(s, FrameRate{50, 1}.frameAt(at)));
        REQUIRE_FALSE(text.empty());
        CHECK_FALSE(has(text, "LAB GAIN")); // the feed's caption, in the feed's names
        CHECK_FALSE(has(text, "FROM CON"));
        CHECK_FALSE(has(text, "CON HOLD"));
        for (const char* code : {"LAB", "CON"}) { // a short name on its own: a chip, a row, a swing label
          size_t at0 = text.find(code);
          bool alone = false;
          while (at0 != std::string::npos) {
            const bool before = at0 == 0 || !std::isalpha(static_cast<unsigned char>(text[at0 - 1]));
            const size_t end = at0 + 3;
            const bool after = end >= text.size() || !std::islower(static_cast<unsigned char>(text[end]));
            alone = alone || (before && after && text.compare(end, 3, "OUR") != 0);
            at0 = text.find(code, at0 + 1);
          }
          CHECK_MESSAGE(!alone, code << " drawn in " << text);
        }
        if (scene != "result-card" || at <= 3) CHECK((has(text, "REDS") || has(text, "BLUES")));
      }
    }
  }

  TEST_CASE("captions: the declarations strip says each result in the layer's names") {
    CpuFrames cpu(sourceDir());
    Scenario s;
    s.name = "presentation-declarations";
    s.scene = "declarations";
    s.feed = kGe2024Feed;
    s.options = {{"shortNames", kRenames}};
    const std::string text = drawnText(cpu.draw(s, FrameRate{50, 1}.frameAt(3)));
    REQUIRE_FALSE(text.empty());
    CHECK_FALSE(has(text, "LAB GAIN"));
    CHECK_FALSE(has(text, "LAB HOLD"));
    CHECK_FALSE(has(text, "FROM CON"));
    CHECK_FALSE(has(text, "CON HOLD"));
    CHECK((has(text, "REDS GAIN") || has(text, "REDS HOLD") || has(text, "BLUES HOLD") || has(text, "FROM BLUES")));
  }
}
