// hex-map without GL: the bundled layouts, which map a feed picks, and what each seat's
// hexagon shows on each page, through an update and once settled.
#include "CpuFrames.h"
#include "HexMap.h"
#include "Run.h"
#include "feeds/Csv.h"
#include "feeds/ParseFeed.h"
#include "hex/HexLegend.h"
#include "hex/HexModel.h"
#include "kit/Look.h"

#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

using namespace landslide;
using namespace landslide::test;

namespace {

constexpr FrameRate kRate{50, 1};

Scenario hexScenario(const char* feed, double at = 3) {
  Scenario s;
  s.name = "hex";
  s.scene = "hex-map";
  s.feed = feed;
  s.at = at;
  return s;
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The model the scene draws at `seconds`, for a 1920x1080 frame.
HexMapModel modelAt(CpuFrames& cpu, const HexLayouts& layouts, const Scenario& s, double seconds) {
  SceneInput in = cpu.input(s, kRate.frameAt(seconds));
  return buildHexMap(layouts, in, {0, 0, 1920, 1080}, 1.0f, optionsOf<HexMapOptions>(in));
}

const HexDrawn* hexOf(const HexMapModel& m, std::string_view id) {
  auto cell = m.layout ? m.layout->find(id) : std::nullopt;
  for (const HexDrawn& h : m.hexes)
    if (cell && h.cell == *cell) return &h;
  return nullptr;
}

} // namespace

TEST_SUITE("nogl") {
  TEST_CASE("hex-map: a broken HexJSON is one Problem naming the file and the JSON pointer") {
    auto noLayout = HexLayout::parse(R"({"layout": "odd-q", "hexes": {}})", "X", {}, "m.hexjson");
    REQUIRE_FALSE(noLayout);
    CHECK(noLayout.problem().path == "/layout");
    CHECK(noLayout.error() == "m.hexjson: /layout: only \"odd-r\" is supported");
    auto noQ = HexLayout::parse(R"({"layout": "odd-r", "hexes": {"a/b": {"r": 1}}})", "X", {}, "m.hexjson");
    REQUIRE_FALSE(noQ);
    CHECK(noQ.problem().path == "/hexes/a~1b");
    CHECK(HexLayout::parse("[]", "X", {}).error() == "not a JSON object");
    auto good = HexLayout::parse(R"({"layout": "odd-r", "hexes": {"E1": {"q": 0, "r": 0, "n": "One"}}})", "X", {});
    REQUIRE(good);
    CHECK(good->cells().size() == 1);
  }

  TEST_CASE("hex-map: each bundled layout has 650 seats, one hexagon each, none overlapping") {
    HexLayouts layouts;
    REQUIRE(layouts.errors().empty());
    REQUIRE(layouts.all().size() == 2);
    for (const HexLayout& layout : layouts.all()) {
      INFO(layout.label());
      const auto& cells = layout.cells();
      CHECK(cells.size() == 650);
      std::set<std::string> ids;
      std::set<std::pair<int, int>> positions;
      for (const HexCell& c : cells) {
        ids.insert(c.id);
        positions.insert({c.q, c.r});
        CHECK(layout.find(c.id) == std::optional<std::size_t>(std::size_t(&c - cells.data())));
      }
      CHECK(ids.size() == 650);
      CHECK(positions.size() == 650);
      // Fitted to the frame: every painted hexagon inside the map's box and action-safe,
      // and any two at least the gap apart (their apothems plus the gap never exceed the
      // distance between their centres, on every pair).
      HexComposition comp = composeHexMap({0, 0, 1920, 1080}, 1.0f, Theme{}, layout, HexMapOptions{});
      const HexFit& fit = comp.fit;
      CHECK(fit.drawRadius < fit.radius);
      Rect action = safeArea({0, 0, 1920, 1080}, Theme{}.actionSafe);
      float apothem = fit.drawRadius * kSqrt3 * 0.5f, minGap = 1e9f;
      for (std::size_t i = 0; i < cells.size(); ++i) {
        Vec2 a = fit.centre(cells[i]);
        for (Vec2 p : hexCorners(a, fit.drawRadius)) {
          CHECK(p.x >= fit.box.x - 0.01f);
          CHECK(p.x <= fit.box.right() + 0.01f);
          CHECK(p.y >= action.y);
          CHECK(p.y <= action.bottom());
        }
        for (std::size_t j = i + 1; j < cells.size(); ++j) {
          Vec2 b = fit.centre(cells[j]);
          minGap = std::min(minGap, std::hypot(a.x - b.x, a.y - b.y) - 2 * apothem);
        }
      }
      CHECK(minGap >= 1.99f); // the default 2-unit gap, 2 px at 1080p
      CHECK(minGap <= 2.01f); // and neighbours really are that close
      CHECK(comp.column.right() < fit.box.x);
    }
  }

  TEST_CASE("hex-map: on 9:16 the map sits between the count and the legend, on 1:1 beside the legend") {
    HexLayouts layouts;
    const Theme theme;
    for (const HexLayout& layout : layouts.all()) {
      INFO(layout.label());
      const Rect tall{0, 0, 1080, 1920}, square{0, 0, 1080, 1080};
      HexComposition v = composeHexMap(tall, 1.0f, theme, layout, HexMapOptions{});
      REQUIRE(v.stacked);
      const SafeAreas vs = safeAreasFor(tall, Shape::Vertical, theme.titleSafe, theme.actionSafe);
      CHECK(v.header.y >= vs.title.y);
      CHECK(v.header.bottom() < v.fit.box.y);
      CHECK(v.fit.box.bottom() < v.legend.y);
      CHECK(v.legend.bottom() <= vs.title.bottom());
      CHECK(v.legendColumns == 3);
      CHECK(v.fit.box.w > 0.7f * vs.title.w); // a real map, not a thumbnail
      CHECK(v.fit.box.h > 0.6f * vs.title.h);
      CHECK(vs.action.contains(v.plate));
      HexComposition s = composeHexMap(square, 1.0f, theme, layout, HexMapOptions{});
      REQUIRE(s.stacked);
      CHECK(s.header.bottom() < s.fit.box.y);
      CHECK(s.fit.box.right() < s.legend.x);
      CHECK(s.legend.right() <= safeArea(square, theme.titleSafe).right());
      CHECK(s.fit.box.h > 0.7f * safeArea(square, theme.titleSafe).h);
      // 16:9 keeps its column on the left.
      HexComposition w = composeHexMap({0, 0, 1920, 1080}, 1.0f, theme, layout, HexMapOptions{});
      CHECK_FALSE(w.stacked);
      CHECK(w.column.right() < w.fit.box.x);
    }
  }

  TEST_CASE("hex-map: every 2024 and 2019 contest finds its hexagon, the five Scottish codes included") {
    CpuFrames cpu(sourceDir());
    HexLayouts layouts;
    SnapshotPtr ge2024 = cpu.feed(kGe2024Feed);
    HexLayouts::Choice c24 = layouts.choose(*ge2024);
    REQUIRE(c24.layout == &layouts.all()[0]);
    CHECK(c24.matched == 650);
    CHECK(c24.contests == 650);
    for (const char* id : {"S14000107", "S14000108", "S14000109", "S14000110", "S14000111"}) {
      INFO(id);
      REQUIRE(c24.layout->find(id));
      CHECK(ge2024->findContest(id));
    }
    CHECK(c24.layout->cells()[*c24.layout->find("S14000107")].name == "Ayr, Carrick and Cumnock");
    CHECK_FALSE(c24.layout->find("S14000006")); // the provisional code is gone

    // 2019 from the Commons Library's own list of seats (the ONS ID column).
    auto csv = readCsv(readFile(sourceDir() + "/tests/data/commons-library/ge2019/constituencies.csv"), "ge2019");
    REQUIRE(csv.ok());
    auto column = csv->column({"ONS ID"});
    REQUIRE(column);
    const HexLayout& old = layouts.all()[1];
    int found = 0;
    for (const auto& row : csv->rows) found += old.find(row[*column]).has_value();
    CHECK(csv->rows.size() == 650);
    CHECK(found == 650);
    CHECK(old.find("S14000006")); // the old Ayr, Carrick and Cumnock keeps its code
  }

  TEST_CASE("hex-map: declared seats in the winner's colour exactly, awaiting seats neutral") {
    CpuFrames cpu(sourceDir());
    HexLayouts layouts;
    Scenario s = hexScenario(kMidnightFeed);
    HexMapModel m = modelAt(cpu, layouts, s, 3);
    REQUIRE(m.layout);
    REQUIRE(m.hexes.size() == 650);
    SceneInput in = cpu.input(s, kRate.frameAt(3));
    Look look(in, in.results);
    HexPalette palette = HexPalette::fromTheme(*in.theme);
    int won = 0, awaiting = 0, gains = 0;
    for (const DerivedContest& c : in.results->contests()) {
      const HexDrawn* h = hexOf(m, c.id);
      REQUIRE(h);
      INFO(c.name);
      if (hasResult(c.status)) {
        ++won;
        CHECK(h->fill == look.colour(c.winner));
        CHECK(h->radius == doctest::Approx(m.composition.fit.drawRadius));
        CHECK((h->markerRadius > 0) == c.gain);
        gains += c.gain;
      } else {
        ++awaiting;
        CHECK(h->fill == palette.awaiting);
        CHECK((h->markerRadius > 0) == (c.status == ContestStatus::Recount)); // the recount's amber dot
      }
    }
    CHECK(won == 412);
    CHECK(awaiting == 238);
    CHECK(gains > 100);
    // Neutral means no party's colour, and quieter than the quietest of them.
    for (const char* party : {"CON", "LAB", "LD", "SNP", "GRN", "REF", "PC", "DUP", "SF", "IND"})
      CHECK(relativeLuminance(palette.awaiting) < relativeLuminance(look.colour(party)) * 0.5);

    // The drawn frame carries those colours: each Labour hexagon's six inner vertices.
    CpuFrame frame = cpu.draw(s, kRate.frameAt(3));
    uint32_t lab = look.colour("LAB").toImU32();
    int labSeats = 0, labVertices = 0;
    for (const DerivedContest& c : in.results->contests()) labSeats += c.winner == "LAB";
    for (ImU32 col : frame.colours) labVertices += col == lab;
    CHECK(labVertices >= 6 * labSeats);
  }

  TEST_CASE("hex-map: page two dims a hold and keeps a gain at full strength") {
    CpuFrames cpu(sourceDir());
    HexLayouts layouts;
    Scenario s = hexScenario(kGe2024Feed, 5);
    s.nextAt = 2;
    HexMapModel m = modelAt(cpu, layouts, s, 5);
    CHECK(m.gainsPage == 1.0f);
    SceneInput in = cpu.input(s, kRate.frameAt(5));
    Look look(in, in.results);
    const DerivedContest* midBeds = nullptr; // the first Labour gain from the Conservatives
    for (const DerivedContest& c : in.results->contests())
      if (!midBeds && c.gain && c.winner == "LAB" && c.previousWinner == "CON") midBeds = &c;
    const DerivedContest* richmond = in.results->derived("E14001444"); // Richmond and Northallerton: CON hold
    REQUIRE(midBeds);
    REQUIRE(richmond);
    REQUIRE(midBeds->gain);
    REQUIRE_FALSE(richmond->gain);
    const HexDrawn* gain = hexOf(m, midBeds->id);
    const HexDrawn* hold = hexOf(m, richmond->id);
    REQUIRE(gain);
    REQUIRE(hold);
    CHECK(gain->fill == look.colour(midBeds->winner));
    CHECK(gain->markerRadius == 0);
    Rgba con = look.colour("CON");
    CHECK_FALSE(hold->fill == con);
    CHECK(relativeLuminance(hold->fill) < relativeLuminance(con) * 0.5);
    // Page one, the same seats: both at full strength, the gain marked.
    HexMapModel one = modelAt(cpu, layouts, hexScenario(kGe2024Feed), 3);
    CHECK(hexOf(one, richmond->id)->fill == con);
    CHECK(hexOf(one, midBeds->id)->markerRadius > 0);
    // Page two's legend counts gains, most first.
    std::vector<HexLegendRow> rows = hexLegendRows(look, in.results->totals(), nullptr, 1, true, 16);
    REQUIRE_FALSE(rows.empty());
    CHECK(rows[0].party == "LAB");
    CHECK(rows[0].value == in.results->totals().party("LAB")->gains);
  }

  TEST_CASE("hex-map: a newly declared seat pulses through the update, then settles; animating() stops") {
    CpuFrames cpu(sourceDir());
    HexLayouts layouts;
    SceneRegistry registry;
    const Scene* scene = registry.find("hex-map");
    REQUIRE(scene);
    SnapshotPtr before = cpu.feed(kMidnightFeed), end = cpu.feed(kGe2024Feed);
    // One seat awaiting at midnight declares, as it did by the end of the night.
    nlohmann::json doc = nlohmann::json::parse(readFile(sourceDir() + "/" + kMidnightFeed));
    nlohmann::json endDoc = nlohmann::json::parse(readFile(sourceDir() + "/" + kGe2024Feed));
    std::string fresh, settledId;
    for (auto& c : doc["contests"]) {
      std::string id = c["id"];
      if (settledId.empty() && hasResult(before->derived(id)->status)) settledId = id;
      if (!fresh.empty() || hasResult(before->derived(id)->status)) continue;
      for (const auto& e : endDoc["contests"])
        if (e["id"] == id) c = e, fresh = id;
    }
    REQUIRE_FALSE(fresh.empty());
    ParseResult parsed = parseFeed(doc.dump(), "one-more.json");
    REQUIRE(parsed.ok());
    auto at = [&](double seconds) {
      SceneInput in = cpu.input(hexScenario(kMidnightFeed), kRate.frameAt(seconds));
      in.previous = before.get();
      in.results = parsed.snapshot.get();
      in.timing.dataFrame = kRate.frameAt(2);
      return in;
    };
    auto model = [&](double seconds) {
      return buildHexMap(layouts, at(seconds), {0, 0, 1920, 1080}, 1.0f, HexMapOptions{});
    };
    SceneInput in = at(3);
    Look look(in, in.results);
    Rgba party = look.colour(in.results->derived(fresh)->winner);

    HexMapModel mid = model(2.3);
    const HexDrawn* pulsing = hexOf(mid, fresh);
    REQUIRE(pulsing);
    CHECK(pulsing->pulsing);
    CHECK_FALSE(pulsing->fill == party);
    CHECK(pulsing->radius > mid.composition.fit.drawRadius); // it swells over its neighbours
    CHECK(pulsing->ringRadius > 0);
    CHECK(pulsing == &mid.hexes.back()); // drawn after the still ones
    const HexDrawn* still = hexOf(mid, settledId);
    REQUIRE(still);
    CHECK_FALSE(still->pulsing);
    CHECK(still->fill == look.colour(in.results->derived(settledId)->winner));

    HexTimes times = HexTimes::fromTheme(*in.theme);
    double done = 2 + times.pulse + 0.1;
    HexMapModel late = model(done);
    const HexDrawn* landed = hexOf(late, fresh);
    REQUIRE(landed);
    CHECK_FALSE(landed->pulsing);
    CHECK(landed->fill == party);
    CHECK(landed->ringRadius == 0);
    CHECK(landed->radius == doctest::Approx(late.composition.fit.drawRadius));
    CHECK(scene->animating(at(2.3)));
    CHECK_FALSE(scene->animating(at(done)));
    CHECK_FALSE(scene->animating(cpu.input(hexScenario(kGe2024Feed), kRate.frameAt(3))));
    CHECK(scene->animating(cpu.input(hexScenario(kGe2024Feed), kRate.frameAt(0.6))));

    // The rest of the night at once: every new seat flashes, none rings or swells.
    Scenario batch = hexScenario(kMidnightFeed);
    batch.update = kGe2024Feed;
    batch.updateAt = 2;
    HexMapModel storm = modelAt(cpu, layouts, batch, 2.3);
    int flashing = 0;
    for (const HexDrawn& h : storm.hexes) {
      flashing += h.pulsing;
      if (h.pulsing) CHECK(h.ringRadius == 0);
    }
    CHECK(flashing == 238);
  }

  TEST_CASE("hex-map: animating() is true on every frame that differs from the one before") {
    CpuFrames cpu(sourceDir());
    SceneRegistry registry;
    const Scene* scene = registry.find("hex-map");
    Scenario s = hexScenario(kMidnightFeed);
    s.update = kGe2024Feed;
    s.updateAt = 2.5;
    s.nextAt = 5;
    s.outAt = 8;
    std::set<int64_t> commands = {kRate.frameAt(2.5), kRate.frameAt(5), kRate.frameAt(8)};
    CpuFrame before = cpu.draw(s, 0);
    bool wasAnimating = scene->animating(cpu.input(s, 0));
    int still = 0;
    for (int64_t f = 1; f <= kRate.frameAt(9); ++f) {
      CpuFrame now = cpu.draw(s, f);
      bool animating = now.onAir && scene->animating(cpu.input(s, f));
      if (!animating && !wasAnimating && !commands.count(f) && now.onAir) {
        ++still;
        INFO("frame " << f);
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
    CHECK(still > 50);
  }

  TEST_CASE("hex-map: by-election feeds, unknown seats and empty feeds draw what matches, never crash") {
    CpuFrames cpu(sourceDir());
    HexLayouts layouts;
    // Mid Bedfordshire and Tamworth 2023: two seats on the 2010-2023 map.
    HexMapModel by = modelAt(cpu, layouts, hexScenario("feeds/samples/by-elections-2023-10-19.json"), 3);
    REQUIRE(by.layout == &layouts.all()[1]);
    CHECK(by.matched == 2);
    int coloured = 0;
    for (const HexDrawn& h : by.hexes) coloured += by.now.seats[h.cell].state == HexState::Won;
    CHECK(coloured == 2);
    CHECK(by.hexes.size() == 650); // the rest of the country, quietly
    // Runcorn and Helsby 2025: one seat on the 2024 map.
    HexMapModel one = modelAt(cpu, layouts, hexScenario("feeds/samples/runcorn-and-helsby-2025.json"), 3);
    REQUIRE(one.layout == &layouts.all()[0]);
    CHECK(one.matched == 1);
    CHECK(cpu.draw(hexScenario("feeds/samples/runcorn-and-helsby-2025.json"), 150).vertices.size() > 650 * 6);

    // A feed of seats no map has: nothing matched, the column says so, nothing else drawn.
    std::string feed = R"({"format": "landslide-results", "formatVersion": 1, "name": "Nowhere",
      "parties": [{"code": "LAB", "name": "Labour"}],
      "contests": [{"id": "X00000001", "name": "Atlantis", "status": "awaiting", "revision": 1, "electorate": 10,
                    "candidates": [{"name": "A", "party": "LAB"}]}]})";
    ParseResult parsed = parseFeed(feed, "nowhere.json");
    REQUIRE_MESSAGE(parsed.ok(), (parsed.errors.empty() ? "" : parsed.errors.front().toString()));
    SceneInput in = cpu.input(hexScenario(kGe2024Feed), 150);
    in.results = parsed.snapshot.get();
    HexMapModel none = buildHexMap(layouts, in, {0, 0, 1920, 1080}, 1.0f, HexMapOptions{});
    CHECK(none.matched == 0);
    CHECK(none.hexes.empty());
    in.results = nullptr;
    CHECK(buildHexMap(layouts, in, {0, 0, 1920, 1080}, 1.0f, HexMapOptions{}).hexes.empty());
  }

  TEST_CASE("hex-map options: defaults, ranges refused with their path") {
    HexMapOptions d = parseHexMapOptions(nlohmann::json::object()).value();
    CHECK(d.legendRows == 16);
    CHECK(d.gap == 2.0f);
    Expected<HexMapOptions> o =
        parseHexMapOptions(nlohmann::json{{"title", "Election 2024"}, {"legendRows", 24}, {"gap", 0.5}});
    REQUIRE(o.ok());
    CHECK(o->title == "Election 2024");
    CHECK(o->legendRows == 24);
    CHECK(o->gap == 0.5f);
    CHECK(parseHexMapOptions(nlohmann::json{{"legendRows", 99}}).error() ==
          "/legendRows: must be an integer from 4 to 24");
    CHECK(parseHexMapOptions(nlohmann::json{{"legendRows", "lots"}}).problem().path == "/legendRows");
    CHECK(parseHexMapOptions(nlohmann::json{{"gap", -3}}).error() == "/gap: must be a number from 0 to 6");
    CHECK(parseHexMapOptions(nlohmann::json{{"topN", 5}}).problem().path == "/topN"); // another scene's option
  }
}
