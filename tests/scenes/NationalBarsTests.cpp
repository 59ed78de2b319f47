// seat-tally, gains and national-share without GL: the tables behind them (top N and
// Others, the gains order, the basis line), where the majority line is drawn, seats
// landing mid-air, and that animating() tells the truth frame by frame.
#include "CpuFrames.h"
#include "Run.h"

#include "Gains.h"
#include "NationalShare.h"
#include "SeatTally.h"
#include "kit/National.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <set>

using namespace landslide;
using namespace landslide::test;

namespace {

constexpr FrameRate kRate{50, 1};

Scenario scenario(const std::string& scene, const std::string& feed) {
  Scenario s;
  s.name = scene + "@" + feed;
  s.scene = scene;
  s.feed = feed;
  return s;
}

Scenario named(const std::vector<Scenario>& all, const std::string& name) {
  for (const Scenario& s : all)
    if (s.name == name) return s;
  FAIL("no scenario " << name);
  return {};
}

// The frame's text, glyph by glyph (spaces draw nothing), as UTF-32.
std::u32string glyphText(const CpuFrame& f) {
  std::u32string out;
  for (const GlyphBox& g : f.glyphs) out += char32_t(g.codepoint);
  return out;
}
std::u32string squeeze(const std::string& ascii) {
  std::u32string out;
  for (char c : ascii)
    if (c != ' ') out += char32_t(static_cast<unsigned char>(c));
  return out;
}

const ElectionTotals& totals(const SceneInput& in) { return in.results->totals(); }

ImU32 packed(Rgba c) { return c.toImU32(); }

// x extent of the vertices of exactly this colour, within a band of y (output pixels).
struct Extent {
  float x0 = 1e9f, x1 = -1e9f, y0 = 1e9f, y1 = -1e9f;
  size_t n = 0;
};
Extent extentOf(const CpuFrame& f, ImU32 colour, float yMin = -1e9f, float yMax = 1e9f) {
  Extent e;
  for (size_t i = 0; i < f.vertices.size(); ++i) {
    if (f.colours[i] != colour) continue;
    const ImVec2 v = f.vertices[i];
    if (v.y < yMin || v.y > yMax) continue;
    e.x0 = std::min(e.x0, v.x), e.x1 = std::max(e.x1, v.x);
    e.y0 = std::min(e.y0, v.y), e.y1 = std::max(e.y1, v.y);
    ++e.n;
  }
  return e;
}

// The right end of the leader's bar: its colour within the first row's track band.
float leaderBarEnd(CpuFrames& cpu, const Scenario& s, int64_t frame, Rgba leader) {
  CpuFrame f = cpu.draw(s, frame);
  const Theme& theme = cpu.theme(s.theme);
  Extent track = extentOf(f, packed(theme.track));
  REQUIRE(track.n > 0);
  Extent bar = extentOf(f, packed(leader), track.y0 - 1, track.y0 + 60);
  REQUIRE(bar.n > 0);
  return bar.x1;
}

} // namespace

TEST_SUITE("nogl") {
  TEST_CASE("national rows: top N by seats, then Others holding exactly the rest") {
    CpuFrames cpu(sourceDir());
    for (const char* feed : {kGe2024Feed, kMidnightFeed}) {
      SceneInput in = cpu.input(scenario("seat-tally", feed), 150);
      Look look(in, in.results);
      const ElectionTotals& totals = in.results->totals();
      std::vector<PartyRow> rows = nationalRows(look, RankBy::Seats, 5);
      INFO(feed);
      REQUIRE(rows.size() == 6);
      REQUIRE(rows.back().key == "others");
      double named = 0, all = 0;
      for (size_t i = 0; i + 1 < rows.size(); ++i) {
        named += rows[i].seats;
        CHECK(rows[i].seats == totals.party(rows[i].code)->seats);
        if (i) CHECK(rows[i].seats <= rows[i - 1].seats);
        CHECK(rows[i].code != "IND"); // independents are not a party: they are in Others
      }
      for (const PartyTotals& p : totals.parties) all += p.seats;
      CHECK(rows.back().seats == all - named);
      CHECK(all == totals.declared); // every declared seat has its winner somewhere
      // Others' projection is what the projection leaves of the seats.
      if (in.results->election().projection) {
        double projected = 0;
        for (size_t i = 0; i + 1 < rows.size(); ++i) projected += rows[i].projected.value_or(0);
        REQUIRE(rows.back().projected);
        CHECK(*rows.back().projected == totals.contests - projected);
      }
    }
  }

  TEST_CASE("national rows: shares add to 100 and Others' change is the rest's change") {
    CpuFrames cpu(sourceDir());
    for (const char* feed : {kGe2024Feed, kMidnightFeed}) {
      SceneInput in = cpu.input(scenario("national-share", feed), 150);
      Look look(in, in.results);
      std::vector<PartyRow> rows = nationalRows(look, RankBy::Share, 6);
      INFO(feed);
      REQUIRE(rows.size() == 7);
      double share = 0, change = 0, namedChange = 0;
      for (const PartyRow& r : rows) {
        share += r.share;
        REQUIRE(r.change);
        change += *r.change;
        if (!r.code.empty()) namedChange += *r.change;
      }
      CHECK(share == doctest::Approx(100).epsilon(1e-9));
      CHECK(change == doctest::Approx(0).epsilon(1e-6)); // shares of the same seats then and now
      double rest = 0;
      for (const PartyTotals& p : in.results->totals().parties)
        if (std::none_of(rows.begin(), rows.end() - 1, [&](const PartyRow& r) { return r.code == p.code; }))
          rest += p.change.value_or(0);
      CHECK(*rows.back().change == doctest::Approx(rest).epsilon(1e-9));
      CHECK(*rows.back().change == doctest::Approx(-namedChange).epsilon(1e-6));
    }
  }

  TEST_CASE("gains: the biggest moves either way, ordered from gain to loss; unchanged parties by option") {
    CpuFrames cpu(sourceDir());
    for (const char* feed : {kGe2024Feed, kMidnightFeed}) {
      SceneInput in = cpu.input(scenario("gains", feed), 150);
      Look look(in, in.results);
      std::vector<PartyRow> rows = nationalRows(look, RankBy::Net, 6);
      INFO(feed);
      REQUIRE(rows.size() >= 3);
      const size_t named = rows.back().key == "others" ? rows.size() - 1 : rows.size();
      for (size_t i = 0; i < named; ++i) {
        CHECK(rows[i].net != 0);
        CHECK(rows[i].net == totals(in).party(rows[i].code)->net());
        if (i) CHECK(rows[i].net <= rows[i - 1].net);
      }
      // The biggest loser is on the table even with more than six gainers.
      const PartyTotals* loser = nullptr;
      for (const PartyTotals& p : totals(in).parties)
        if (p.code != "IND" && !in.results->parties().speaker(p.code) && (!loser || p.net() < loser->net())) loser = &p;
      REQUIRE(loser);
      CHECK(rows[named - 1].code == loser->code);
      // Net changes sum to zero across the House.
      double net = 0;
      for (const PartyRow& r : rows) net += r.net;
      CHECK(net == 0);
      std::vector<PartyRow> all = nationalRows(look, RankBy::Net, 40, true);
      CHECK(std::any_of(all.begin(), all.end(), [](const PartyRow& r) { return r.net == 0 && !r.code.empty(); }));
    }
    Expected<GainsOptions> o = parseGainsOptions(nlohmann::json{{"topN", "12"}, {"unchanged", true}});
    REQUIRE(o.ok());
    CHECK(o->topN == 12); // a string holding a number, as XML CG data sends it
    CHECK(o->unchanged);
    CHECK(parseGainsOptions(nlohmann::json::object())->topN == 0); // absent: the theme's
    // Out of range, not a number: refused with the option's path, never clamped.
    CHECK(parseGainsOptions(nlohmann::json{{"topN", 40}}).error() == "/topN: must be an integer from 1 to 12");
    CHECK(parseGainsOptions(nlohmann::json{{"topN", "six"}}).problem().path == "/topN");
    CHECK(parseGainsOptions(nlohmann::json{{"unchanged", "yes"}}).error() == "/unchanged: must be true or false");
  }

  TEST_CASE("gains: a loss is drawn with a real minus sign, left of the axis") {
    CpuFrames cpu(sourceDir());
    CpuFrame f = cpu.draw(scenario("gains", kGe2024Feed), 150);
    std::u32string text = glyphText(f);
    CHECK(text.find(U'\u2212') != std::u32string::npos);
    CHECK(text.find(U'-') == std::u32string::npos);
    // The axis (the accent at 90 %) is the centre of the track: every minus lies left of it.
    Extent axis = extentOf(f, packed(cpu.theme("").accent.withAlpha(0.9f)));
    REQUIRE(axis.n > 0);
    const float axisX = (axis.x0 + axis.x1) * 0.5f;
    for (const GlyphBox& g : f.glyphs)
      if (g.codepoint == 0x2212) CHECK(g.x1 < axisX);
  }

  TEST_CASE("national-share: the basis line appears only while the count is incomplete") {
    CpuFrames cpu(sourceDir());
    Scenario mid = scenario("national-share", kMidnightFeed);
    SceneInput in = cpu.input(mid, 150);
    const NationalCount count = nationalCount(*in.results);
    REQUIRE(count.counted < count.contests);
    std::u32string text = glyphText(cpu.draw(mid, 150));
    CHECK(text.find(squeeze(basisText(count, false))) != std::u32string::npos);
    CHECK(text.find(squeeze("BASED ON " + std::to_string(count.counted))) != std::u32string::npos);

    Scenario full = scenario("national-share", kGe2024Feed);
    std::u32string end = glyphText(cpu.draw(full, 150));
    CHECK(end.find(squeeze("BASED ON")) == std::u32string::npos);
    CHECK(end.find(squeeze("ALL 650 SEATS")) == std::u32string::npos);
    full.options = {{"allSeats", "true"}};
    CHECK(glyphText(cpu.draw(full, 150)).find(squeeze("ALL 650 SEATS")) != std::u32string::npos);
  }

  TEST_CASE("seat-tally: the majority line stands at line/scale of the track, labelled") {
    CpuFrames cpu(sourceDir());
    for (const char* feed : {kGe2024Feed, kMidnightFeed}) {
      Scenario s = scenario("seat-tally", feed);
      SceneInput in = cpu.input(s, 150);
      const ElectionTotals& t = in.results->totals();
      double most = 0;
      for (const PartyTotals& p : t.parties) most = std::max({most, double(p.seats), double(p.projected.value_or(0))});
      const double scale = seatScale(t.majorityLine, most);
      CpuFrame f = cpu.draw(s, 150);
      const Theme& theme = cpu.theme("");
      Extent track = extentOf(f, packed(theme.track));
      Extent rule = extentOf(f, packed(theme.accent.withAlpha(0.92f)));
      INFO(feed << ": track " << track.x0 << "-" << track.x1 << ", rule " << rule.x0 << "-" << rule.x1);
      REQUIRE(track.n > 0);
      REQUIRE(rule.n > 0);
      const float expected = track.x0 + (track.x1 - track.x0) * float(t.majorityLine / scale);
      CHECK(std::fabs((rule.x0 + rule.x1) * 0.5f - expected) < 1.0f);
      CHECK(rule.x1 - rule.x0 < 4.0f);                // a rule, not a bar
      CHECK(rule.y1 - rule.y0 > track.y1 - track.y0); // through every row
      CHECK(glyphText(f).find(squeeze(std::to_string(t.majorityLine) + " FOR A MAJORITY")) != std::u32string::npos);
      CHECK(glyphText(f).find(squeeze(std::to_string(t.declared))) != std::u32string::npos);
    }
    CHECK(seatScale(326, 411) == 500);
    CHECK(seatScale(326, 480) == 550); // a landslide past the usual room widens the scale
    CHECK(seatScale(65, 40) == 100);   // a 129-seat parliament rounds to 5s
    CHECK(seatScale(2, 1) == 3);       // two by-elections: the line is not squeezed to the left
  }

  TEST_CASE("seat-tally: seats landing mid-air move the leader's bar, not snap it") {
    CpuFrames cpu(sourceDir());
    Scenario s = named(seatTallyScenarios(), "midnight-seat-tally-update");
    SceneInput after = cpu.input(s, kRate.frameAt(5));
    REQUIRE(after.previous);
    std::string leader = nationalRows(Look(after, after.results), RankBy::Seats, 6).front().code;
    Rgba colour = Look(after, after.results).colour(leader);
    float before = leaderBarEnd(cpu, s, kRate.frameAt(s.updateAt) - 1, colour);
    float mid = leaderBarEnd(cpu, s, kRate.frameAt(s.at), colour);
    float end = leaderBarEnd(cpu, s, kRate.frameAt(5), colour);
    INFO(leader << ": " << before << " -> " << mid << " -> " << end);
    CHECK(end > before + 20); // dozens of seats landed
    CHECK(mid > before);
    CHECK(mid < end);
    SceneRegistry registry;
    const Scene* scene = registry.find("seat-tally");
    CHECK(scene->animating(cpu.input(s, kRate.frameAt(s.at))));
    CHECK_FALSE(scene->animating(cpu.input(s, kRate.frameAt(5))));
    // The declared count counts up with them.
    CHECK(glyphText(cpu.draw(s, kRate.frameAt(5))).find(squeeze(declaredText(nationalCount(*after.results)))) !=
          std::u32string::npos);
  }

  TEST_CASE("seat-tally: without a projection NEXT leaves page one, and nothing animates") {
    CpuFrames cpu(sourceDir());
    Scenario plain = scenario("seat-tally", kGe2024Feed);
    Scenario next = plain;
    next.nextAt = 2;
    SceneRegistry registry;
    const Scene* scene = registry.find("seat-tally");
    CpuFrame a = cpu.draw(plain, kRate.frameAt(2.3)), b = cpu.draw(next, kRate.frameAt(2.3));
    REQUIRE(a.vertices.size() == b.vertices.size());
    bool same = true;
    for (size_t i = 0; i < a.vertices.size(); ++i)
      same = same && a.vertices[i].x == b.vertices[i].x && a.vertices[i].y == b.vertices[i].y &&
             a.colours[i] == b.colours[i];
    CHECK(same);
    CHECK_FALSE(scene->animating(cpu.input(next, kRate.frameAt(2.1))));
    // With one, page two shows the projection's headline.
    Scenario poll = scenario("seat-tally", kMidnightFeed);
    poll.nextAt = 2;
    CHECK(scene->animating(cpu.input(poll, kRate.frameAt(2.1))));
    std::u32string text = glyphText(cpu.draw(poll, kRate.frameAt(4)));
    CHECK(text.find(squeeze("EXIT POLL: LAB 410")) != std::u32string::npos);
  }

  TEST_CASE("national scenes: animating() is true on every frame that differs from the one before") {
    CpuFrames cpu(sourceDir());
    SceneRegistry registry;
    std::vector<Scenario> timelines;
    Scenario update = named(seatTallyScenarios(), "midnight-seat-tally-update");
    update.nextAt = 3.5;
    update.outAt = 6;
    timelines.push_back(update);
    for (const char* scene : {"gains", "national-share"}) {
      Scenario s = scenario(scene, kMidnightFeed);
      s.update = "tests/scenes/fixtures/ge2024-480-declared.json";
      s.updateAt = 2;
      s.outAt = 4.5;
      timelines.push_back(s);
    }
    for (const Scenario& s : timelines) {
      const Scene* scene = registry.find(s.scene);
      std::set<int64_t> commands = {kRate.frameAt(s.updateAt)};
      if (s.nextAt) commands.insert(kRate.frameAt(*s.nextAt));
      if (s.outAt) commands.insert(kRate.frameAt(*s.outAt));
      CpuFrame before = cpu.draw(s, 0);
      bool wasAnimating = scene->animating(cpu.input(s, 0));
      int still = 0, moving = 0;
      for (int64_t f = 1; f <= kRate.frameAt(*s.outAt + 1); ++f) {
        CpuFrame now = cpu.draw(s, f);
        bool animating = now.onAir && scene->animating(cpu.input(s, f));
        moving += animating;
        if (!animating && !wasAnimating && !commands.count(f) && now.onAir) {
          ++still;
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
      CHECK(still > 20);  // it settles between the moves
      CHECK(moving > 40); // and says so while it moves
    }
  }
}
