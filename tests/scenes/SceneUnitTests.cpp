// Scene logic without GL: formatting, rows, themes, and the promise behind animating().
#include "CpuFrames.h"
#include "Run.h"
#include "VoteRows.h"
#include "kit/Look.h"

#include <doctest/doctest.h>

#include <set>

using namespace landslide;
using namespace landslide::test;

namespace {
const char* const kByElections = "feeds/samples/by-elections-2023-10-19.json";
const std::string kMinus = "\xE2\x88\x92";

Scenario midBeds(const std::string& scene) {
  Scenario s;
  s.name = "mid-beds-" + scene;
  s.scene = scene;
  s.feed = kByElections;
  s.contest = "E14000813";
  return s;
}
} // namespace

TEST_SUITE("nogl") {
  TEST_CASE("shares, changes and names are formatted for air") {
    CpuFrames cpu(sourceDir());
    SceneInput in = cpu.input(midBeds("vote-bars"), 0);
    Look look(in, in.results);
    CHECK(look.share(34.0667) == "34.1%");
    CHECK(look.share(0.066) == "<0.1%");
    CHECK(look.share(0.0999) == "<0.1%");
    CHECK(look.share(0.1) == "0.1%");
    CHECK(look.share(0) == "0.0%");
    CHECK(look.change(12.39) == "+12.4");
    CHECK(look.change(-28.65).starts_with(kMinus));
    CHECK(upperText("Ynys Môn") == "YNYS MÔN");
    CHECK(upperText("Dŵr ŷ ĳ ł ž") == "DŴR Ŷ Ĳ Ł Ž");
    CHECK(typographic("The seat's first") == "The seat\xE2\x80\x99s first");
    CHECK(look.title() == "Mid Bedfordshire");
    CHECK(look.subtitle() == "Mid Bedfordshire and Tamworth by-elections  \xC2\xB7  19 October 2023");
    CHECK(look.previousLabel() == "2019");
  }

  TEST_CASE("layer options override the title, caption and names") {
    CpuFrames cpu(sourceDir());
    Scenario s = midBeds("vote-bars");
    s.options = {{"title", "Bedfordshire Mid"},
                 {"caption", "First Labour MP"},
                 {"names", R"({"Chris Rooney": "C. Rooney"})"},
                 {"parties", R"({"MAIN": "Mainstream Party"})"}};
    SceneInput in = cpu.input(s, 0);
    Look look(in, in.results);
    CHECK(look.title() == "Bedfordshire Mid");
    CHECK(look.caption() == "First Labour MP");
    CHECK(look.partyName("MAIN") == "Mainstream Party");
    VoteTable all = voteTable(look, 13);
    CHECK(all.rows.back().name == "C. Rooney");
  }

  TEST_CASE("vote-bars rows: top N plus Others; one left over is shown by name") {
    CpuFrames cpu(sourceDir());
    SceneInput in = cpu.input(midBeds("vote-bars"), 0);
    Look look(in, in.results);
    VoteTable six = voteTable(look, 6);
    REQUIRE(six.rows.size() == 7);
    CHECK(six.rows[0].name == "Alistair Strathern");
    CHECK(six.rows[0].winner);
    CHECK(six.rows[6].key == "others");
    CHECK(six.rows[6].votes == 249 + 107 + 101 + 93 + 63 + 27 + 24);
    CHECK(six.rows[6].party == "7 candidates");
    CHECK(six.axis == doctest::Approx(40));
    CHECK(voteTable(look, 13).rows.size() == 13);
    VoteTable twelve = voteTable(look, 12);
    REQUIRE(twelve.rows.size() == 13);
    CHECK(twelve.rows.back().name == "Chris Rooney");
  }

  TEST_CASE("vote-bars page two: change since last time, new parties marked, independents left out") {
    CpuFrames cpu(sourceDir());
    SceneInput in = cpu.input(midBeds("vote-bars"), 0);
    Look look(in, in.results);
    ChangeTable t = changeTable(look, 6);
    REQUIRE(t.unavailable.empty());
    REQUIRE(t.rows.size() == 6);
    CHECK(t.rows[0].code == "LAB");
    CHECK(*t.rows[0].change == doctest::Approx(12.39).epsilon(0.01));
    CHECK(t.rows[1].code == "CON");
    CHECK(*t.rows[1].change == doctest::Approx(-28.65).epsilon(0.01));
    CHECK(t.rows[3].code == "REF");
    CHECK(t.rows[3].isNew);
    for (const ChangeRow& r : t.rows) CHECK(r.code != "IND");
    CHECK(t.axis == doctest::Approx(30));
  }

  TEST_CASE("missing data: winner-only and awaiting seats give no figures, no change, no zeros") {
    CpuFrames cpu(sourceDir());
    Scenario s = midBeds("vote-bars");
    s.feed = "tests/scenes/fixtures/partial-results.json";
    s.contest = "E14000986";
    SceneInput in = cpu.input(s, 0);
    Look look(in, in.results);
    VoteTable t = voteTable(look, 6);
    CHECK_FALSE(t.figures);
    CHECK(t.rows.size() == 9); // every candidate by name when there are no votes to rank
    CHECK(t.rows[0].winner);
    CHECK(changeTable(look, 6).unavailable == "CHANGE FOLLOWS THE FULL RESULT");
  }

  TEST_CASE("themes: both load, text on every party colour meets WCAG for its size") {
    for (const char* file : {"default.json", "studio.json", "preview.json"}) {
      ThemeLoad load = loadTheme(assetsDirectory() + "/themes/" + file);
      INFO(file);
      REQUIRE(load.theme);
      const Theme& t = *load.theme;
      CHECK(t.parties.size() >= 17);
      for (const auto& [code, style] : t.parties) {
        INFO(code);
        CHECK(contrastRatio(t.textOn(style.colour, true, code), style.colour) >= 3.0);
        if (!style.text)
          CHECK(contrastRatio(t.textOn(style.colour, false, code), style.colour) >= 4.5);
        else
          CHECK(contrastRatio(*style.text, style.colour) >= 4.5);
      }
    }
    Theme studio = *loadTheme(assetsDirectory() + "/themes/studio.json").theme;
    Theme base = *loadTheme(defaultThemeFile()).theme;
    CHECK(studio.fonts.front().file != base.fonts.front().file);
    CHECK(studio.entrance.seconds != base.entrance.seconds);
    CHECK(studio.entrance.easing.spec() != base.entrance.easing.spec());
    CHECK(studio.margin != base.margin);
    CHECK(studio.partyColour("LAB") == base.partyColour("LAB")); // inherited through "extends"
    CHECK(loadTheme(assetsDirectory() + "/themes/preview.json").theme->backdrop.has_value());
  }

  TEST_CASE("animating() is true on every frame whose picture differs from the one before") {
    // The channel skips a frame when no layer animates and nothing changed, so a frame
    // that still moves while animating() says no would freeze on air.
    CpuFrames cpu(sourceDir());
    SceneRegistry registry;
    std::vector<Scenario> timelines;
    for (const char* scene : {"vote-bars", "swing", "seat-change", "result-card"}) {
      Scenario s = midBeds(scene);
      s.nextAt = 2.5;
      s.outAt = 6;
      timelines.push_back(s);
    }
    timelines.push_back(recountScenario());
    const FrameRate rate{50, 1};
    for (const Scenario& s : timelines) {
      const Scene* scene = registry.find(s.scene);
      std::set<int64_t> commands = {rate.frameAt(s.updateAt)};
      if (s.nextAt) commands.insert(rate.frameAt(*s.nextAt));
      if (s.outAt) commands.insert(rate.frameAt(*s.outAt));
      CpuFrame before = cpu.draw(s, 0);
      bool wasAnimating = scene->animating(cpu.input(s, 0));
      int stillFrames = 0;
      for (int64_t f = 1; f <= rate.frameAt(*s.outAt + 1); ++f) {
        CpuFrame now = cpu.draw(s, f);
        bool animating = now.onAir && scene->animating(cpu.input(s, f));
        bool skipped = !animating && !wasAnimating && !commands.count(f);
        if (skipped && now.onAir) {
          ++stillFrames;
          INFO(s.name << " frame " << f);
          REQUIRE(now.vertices.size() == before.vertices.size());
          bool same = true;
          for (size_t i = 0; i < now.vertices.size() && same; ++i)
            same = now.vertices[i].x == before.vertices[i].x && now.vertices[i].y == before.vertices[i].y &&
                   now.colours[i] == before.colours[i];
          CHECK(same);
        }
        wasAnimating = animating;
        before = std::move(now);
      }
      INFO(s.name);
      CHECK(stillFrames > 20); // it does settle between the moves
    }
  }
}
