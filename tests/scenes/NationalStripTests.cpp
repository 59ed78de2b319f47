// The declarations strip and the battleground on the CPU: what they say at a frame, that
// the strip's cycle keeps its rhythm and its cost for hours, and that the battleground's
// headline, needle and colours are the model's.
#include "BattlegroundChart.h"
#include "CpuFrames.h"
#include "DeclarationsCycle.h"
#include "Run.h"
#include "kit/Look.h"

#include <doctest/doctest.h>
#include <utf8.h>

#include <fstream>
#include <set>

using namespace landslide;
using namespace landslide::test;

namespace {

constexpr FrameRate kRate{50, 1};
const char* const kLater = "tests/scenes/fixtures/ge2024-midnight-later.json";

// Everything a frame wrote, in drawing order, without spaces (a space draws no glyph).
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

Scenario strip(const char* feed, std::vector<std::pair<std::string, std::string>> options = {}) {
  Scenario s;
  s.name = "strip";
  s.scene = "declarations";
  s.feed = feed;
  s.options = std::move(options);
  return s;
}

Scenario battleground(const char* feed, std::vector<std::pair<std::string, std::string>> options = {}) {
  Scenario s = strip(feed, std::move(options));
  s.name = "battleground";
  s.scene = "battleground";
  return s;
}

std::string seat(const ResultsSnapshot& data, size_t k) {
  return typographic(data.contests()[data.declarationOrder()[k]].name);
}

// Runs of glyphs that one text call drew: split where the pen jumps back or far ahead.
struct Token {
  std::string text;
  float x0, x1, y0;
};
std::vector<Token> tokens(const CpuFrame& f) {
  std::vector<Token> out;
  for (const GlyphBox& g : f.glyphs) {
    bool joins =
        !out.empty() && g.x0 >= out.back().x1 - 2 && g.x0 - out.back().x1 < 24 && std::abs(g.y0 - out.back().y0) < 30;
    if (!joins) out.push_back({"", g.x0, g.x1, g.y0});
    utf8::append(char32_t(g.codepoint), std::back_inserter(out.back().text));
    out.back().x1 = g.x1;
  }
  return out;
}

// The 2024 sample with nothing declared yet: polls just closed.
std::string eveFeedDir() {
  std::ifstream in(sourceDir() + "/feeds/samples/ge2024.json");
  nlohmann::json feed = nlohmann::json::parse(in);
  for (auto& c : feed["contests"]) {
    c["status"] = "awaiting";
    c.erase("validVotes");
    c.erase("rejected");
    for (auto& cand : c["candidates"]) {
      cand.erase("votes");
      cand.erase("elected");
    }
  }
  std::string dir = scratchDir("national-strip-eve");
  std::ofstream(dir + "/eve.json") << feed.dump();
  return dir;
}

} // namespace

TEST_SUITE("nogl") {
  TEST_CASE("declarations: the latest declared seat comes first, after TAKE and after an update") {
    CpuFrames cpu(sourceDir());
    SnapshotPtr midnight = cpu.feed(kMidnightFeed), later = cpu.feed(kLater);
    REQUIRE(midnight->declarationOrder().size() >= 3);
    std::string first = drawnText(cpu.draw(strip(kMidnightFeed), kRate.frameAt(2)));
    CHECK(has(first, seat(*midnight, 0)));
    CHECK_FALSE(has(first, seat(*midnight, 1)));
    REQUIRE(midnight->latestDeclared()->status == ContestStatus::WinnerOnly); // the fixture's last seat in
    CHECK(has(first, "RESULT TO FOLLOW"));
    CHECK(has(first, midnight->latestDeclared()->caption));

    Scenario s = strip(kMidnightFeed);
    s.update = kLater;
    s.updateAt = 5;
    REQUIRE(later->latestDeclared()->id != midnight->latestDeclared()->id);
    const std::string newest = typographic(later->latestDeclared()->name); // South Ribble, 04:43
    std::string before = drawnText(cpu.draw(s, kRate.frameAt(4.9)));
    CHECK(has(before, seat(*midnight, 1))); // the cycle's second slot
    CHECK_FALSE(has(before, newest));
    const Theme& theme = cpu.theme("");
    std::string landed = drawnText(cpu.draw(s, kRate.frameAt(5 + theme.update.seconds + 0.1)));
    CHECK(has(landed, newest));
    CHECK_FALSE(has(landed, seat(*midnight, 1)));
    // It holds a full `hold`, to the next boundary of TAKE's rhythm (12 s), then the cycle resumes.
    CHECK(has(drawnText(cpu.draw(s, kRate.frameAt(11.9))), newest));
    std::string resumed = drawnText(cpu.draw(s, kRate.frameAt(12 + theme.page.seconds + 0.1)));
    CHECK(has(resumed, seat(*later, 3)));
    CHECK_FALSE(has(resumed, newest));
  }

  TEST_CASE("declarations: the cycle reaches item k at k * hold seconds and wraps after count") {
    CpuFrames cpu(sourceDir());
    SnapshotPtr data = cpu.feed(kGe2024Feed);
    Scenario s = strip(kGe2024Feed, {{"count", "5"}, {"hold", "3"}});
    const double settle = cpu.theme("").page.seconds + 0.1;
    for (int k = 0; k < 12; ++k) {
      INFO("slot " << k);
      std::string text = drawnText(cpu.draw(s, kRate.frameAt(k * 3 + settle)));
      CHECK(has(text, seat(*data, size_t(k % 5))));
      CHECK_FALSE(has(text, seat(*data, size_t((k + 1) % 5))));
      CHECK_FALSE(has(text, seat(*data, 5))); // count 5: the sixth latest never shows
      StripMoment m =
          stripMoment(cpu.input(s, kRate.frameAt(k * 3 + settle)), optionsOf<DeclarationsOptions>(cpu.input(s, 0)));
      CHECK(m.shown.position == k % 5);
      CHECK_FALSE(m.changing);
    }
    // Mid-turn both are drawn, and the scene says it is moving.
    SceneInput mid = cpu.input(s, kRate.frameAt(6.2));
    StripMoment m = stripMoment(mid, optionsOf<DeclarationsOptions>(mid));
    CHECK(m.changing);
    CHECK(m.outgoing.position == 1);
    CHECK(m.shown.position == 2);
    CHECK(SceneRegistry().find("declarations")->animating(mid));
  }

  TEST_CASE("declarations: the declared count is on every frame, through an update") {
    CpuFrames cpu(sourceDir());
    Scenario s = strip(kMidnightFeed);
    s.update = kLater;
    s.updateAt = 5;
    s.outAt = 16;
    const int declaredBefore = cpu.feed(kMidnightFeed)->totals().declared;
    const int declaredAfter = cpu.feed(kLater)->totals().declared;
    REQUIRE(declaredAfter == declaredBefore + 4);
    size_t frames = 0;
    for (int64_t f = kRate.frameAt(0.7); f < kRate.frameAt(16); ++f) {
      std::string text = drawnText(cpu.draw(s, f));
      INFO("frame " << f);
      CHECK(has(text, "OF 650"));
      CHECK((has(text, std::to_string(declaredBefore) + "OF") || has(text, std::to_string(declaredAfter) + "OF")));
      ++frames;
    }
    CHECK(frames > 700);
    CHECK(has(drawnText(cpu.draw(s, kRate.frameAt(8))), "416 OF 650"));
  }

  TEST_CASE("declarations: three hours on air draw what ten seconds did, and only turns animate") {
    CpuFrames cpu(sourceDir());
    SceneRegistry registry;
    const Scene* scene = registry.find("declarations");
    Scenario s = strip(kGe2024Feed);
    // count 10 x hold 4 s: a 40 s cycle; 3 h is 270 of them, so the same slot and phase.
    const int64_t early = kRate.frameAt(10), late = kRate.frameAt(3 * 3600 + 10);
    CpuFrame a = cpu.draw(s, early), b = cpu.draw(s, late);
    REQUIRE(a.vertices.size() == b.vertices.size());
    CHECK(a.glyphs.size() == b.glyphs.size());
    CHECK(drawnText(a) == drawnText(b));
    bool same = true;
    for (size_t i = 0; i < a.vertices.size(); ++i)
      same = same && a.vertices[i].x == b.vertices[i].x && a.vertices[i].y == b.vertices[i].y;
    CHECK(same);
    CHECK_FALSE(scene->animating(cpu.input(s, late)));
    CHECK(scene->animating(cpu.input(s, kRate.frameAt(3 * 3600 + 8) + 3))); // a turn at 10808 s
    // Over a minute of hold, the frames that animate are the turns' and no more.
    const int64_t turn = kRate.frameAt(cpu.theme("").page.seconds) + 2;
    int animating = 0;
    for (int64_t f = kRate.frameAt(3 * 3600 + 1); f < kRate.frameAt(3 * 3600 + 61); ++f)
      animating += scene->animating(cpu.input(s, f));
    CHECK(animating > 10 * (turn - 3)); // 15 turns in the minute …
    CHECK(animating <= 15 * turn);      // … and nothing between them
  }

  TEST_CASE("declarations and battleground: a frame that is not animating is the frame before it") {
    CpuFrames cpu(sourceDir());
    SceneRegistry registry;
    Scenario cycling = strip(kMidnightFeed, {{"hold", "2"}});
    Scenario swinging = battleground(kMidnightFeed);
    for (Scenario* s : {&cycling, &swinging}) {
      s->update = kLater;
      s->updateAt = 3.3;
      s->outAt = 9;
    }
    for (const Scenario& s : {cycling, swinging}) {
      const Scene* scene = registry.find(s.scene);
      CpuFrame before = cpu.draw(s, 0);
      bool was = scene->animating(cpu.input(s, 0));
      int still = 0;
      for (int64_t f = 1; f <= kRate.frameAt(10); ++f) {
        CpuFrame now = cpu.draw(s, f);
        bool animating = now.onAir && scene->animating(cpu.input(s, f));
        if (!animating && !was && now.onAir && f != kRate.frameAt(s.updateAt) && f != kRate.frameAt(*s.outAt)) {
          ++still;
          INFO(s.scene << " frame " << f);
          REQUIRE(now.vertices.size() == before.vertices.size());
          bool same = true;
          for (size_t i = 0; i < now.vertices.size() && same; ++i)
            same = now.vertices[i].x == before.vertices[i].x && now.vertices[i].y == before.vertices[i].y &&
                   now.colours[i] == before.colours[i];
          CHECK(same);
        }
        was = animating;
        before = std::move(now);
      }
      INFO(s.scene);
      CHECK(still > 100);
    }
  }

  TEST_CASE("declarations and battleground before the first declaration say so") {
    std::string dir = eveFeedDir();
    CpuFrames cpu(dir);
    std::string text = drawnText(cpu.draw(strip("eve.json"), kRate.frameAt(3)));
    CHECK(has(text, "AWAITING FIRST DECLARATION"));
    CHECK(has(text, "0 OF 650"));
    std::string swing = drawnText(cpu.draw(battleground("eve.json"), kRate.frameAt(3)));
    CHECK(has(swing, "SWING FOLLOWS THE FIRST FULL RESULTS"));
  }

  TEST_CASE("battleground: the headline's seats are the model's wouldFall") {
    CpuFrames cpu(sourceDir());
    const Theme& theme = cpu.theme("");
    struct Case {
      const char* feed;
      std::vector<std::pair<std::string, std::string>> options;
    };
    for (const Case& c :
         {Case{kGe2024Feed, {}}, Case{kMidnightFeed, {}}, Case{kGe2024Feed, {{"from", "LAB"}, {"to", "CON"}}}}) {
      Scenario s = battleground(c.feed, c.options);
      SceneInput in = cpu.input(s, kRate.frameAt(3.5));
      Battleground b = battlegroundFor(*in.results, optionsOf<BattlegroundOptions>(in));
      REQUIRE(b.nationalSwing);
      std::string seats = b.wouldFall == 0 ? "GAINS NO SEATS" : "GAINS " + theme.formatCount(b.wouldFall) + " SEATS";
      std::string text = drawnText(cpu.draw(s, kRate.frameAt(3.5)));
      INFO(c.feed << " " << text.substr(0, 120));
      CHECK(has(text, "AT " + theme.formatDecimal(std::abs(*b.nationalSwing), 1) + "% SWING"));
      CHECK(has(text, seats));
      if (*b.nationalSwing < 0) CHECK(has(text, "SWING TO LAB"));
    }
    // The default pair is the model's: the two largest parties last time.
    SceneInput in = cpu.input(battleground(kGe2024Feed), 0);
    Battleground b = battlegroundFor(*in.results, optionsOf<BattlegroundOptions>(in));
    CHECK(b.defender == "CON");
    CHECK(b.challenger == "LAB");
    CHECK(b.wouldFall > 50);
    CHECK(b.wouldFall < b.fallen); // 2024: Labour won more than uniform swing gave it
  }

  TEST_CASE("battleground: the needle stands at the national swing on the scale") {
    CpuFrames cpu(sourceDir());
    const Theme& theme = cpu.theme("");
    for (const char* feed : {kGe2024Feed, kMidnightFeed}) {
      Scenario s = battleground(feed);
      SceneInput in = cpu.input(s, kRate.frameAt(3.5));
      Battleground b = battlegroundFor(*in.results, optionsOf<BattlegroundOptions>(in));
      REQUIRE(b.nationalSwing);
      std::vector<Token> ts = tokens(cpu.draw(s, kRate.frameAt(3.5)));
      // The scale's labels at 5 and 15 points, and the needle's flag (below the headline).
      const Token *five = nullptr, *fifteen = nullptr, *flag = nullptr;
      std::string flagText = theme.formatDecimal(*b.nationalSwing, 1) + "%";
      for (const Token& t : ts) {
        if (t.text == "5") five = &t;
        if (t.text == "15") fifteen = &t;
        if (t.text == flagText && (!flag || t.y0 > flag->y0)) flag = &t;
      }
      INFO(feed);
      REQUIRE(five);
      REQUIRE(fifteen);
      REQUIRE(flag);
      float x5 = (five->x0 + five->x1) / 2, x15 = (fifteen->x0 + fifteen->x1) / 2;
      float expected = x5 + float((*b.nationalSwing - 5) / 10) * (x15 - x5);
      CHECK(std::abs((flag->x0 + flag->x1) / 2 - expected) < 4);
      CHECK(flag->y0 > five->y0 - 600); // on the chart, not the headline
    }
  }

  TEST_CASE("battleground: fallen targets carry the challenger's colour") {
    CpuFrames cpu(sourceDir());
    auto labVertices = [&](const char* feed, Battleground* out) {
      Scenario s = battleground(feed);
      SceneInput in = cpu.input(s, kRate.frameAt(3.5));
      Look look(in, in.results);
      Battleground b = battlegroundFor(*in.results, optionsOf<BattlegroundOptions>(in));
      Rgba lab = look.colour(b.challenger);
      for (const BattlegroundTarget& t : b.targets) {
        TargetState state = targetState(t, b);
        CHECK((state == TargetState::Fallen) == (t.declared && t.winner == "LAB"));
        CHECK((stateColour(look, b, state) == lab) == t.fallen);
      }
      SwingAxis axis = swingAxis(b, nullptr, 0, 1000);
      int onScale = 0;
      for (const TargetBlock& blk : targetBlocks(b, axis, 500, 400)) onScale += blk.state == TargetState::Fallen;
      CHECK(onScale == b.fallen); // the scale reaches the furthest gain
      CpuFrame f = cpu.draw(s, kRate.frameAt(3.5));
      size_t n = 0;
      for (ImU32 c : f.colours) n += c == lab.toImU32();
      *out = b;
      return n;
    };
    Battleground end, mid;
    size_t atEnd = labVertices(kGe2024Feed, &end), atMidnight = labVertices(kMidnightFeed, &mid);
    REQUIRE(end.fallen > mid.fallen);
    CHECK(mid.fallen > 50);
    CHECK(atEnd > size_t(end.fallen) * 4); // a block's worth of vertices for each
    CHECK(atMidnight > size_t(mid.fallen) * 4);
  }
}
