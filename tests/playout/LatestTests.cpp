// A layer bound to "latest" (the newest declared seat) through the real Playout and real
// scenes, drawn on the CPU: it follows each declaration on auto with a fresh entrance,
// holds on hold, animates a revision of its own seat in place, and draws nothing (and
// does not crash) until the first declaration lands.
#include "playout/Playout.h"

#include "canvas/DrawListSetup.h"
#include "feeds/ParseFeed.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace landslide;
using nlohmann::json;

namespace {

constexpr FrameRate kRate{50, 1};
constexpr int kLayer = 10;
const std::string kMidBeds = "E14000813", kTamworth = "E14000986";

// The Mid Bedfordshire and Tamworth by-elections, as a night: each seat awaiting until
// it is declared at its time.
class Night {
public:
  Night() {
    std::ifstream in(std::string(LANDSLIDE_SOURCE_DIR) + "/feeds/samples/by-elections-2023-10-19.json");
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    full_ = json::parse(text.str());
    doc_ = full_;
    for (json& c : doc_["contests"]) await(c);
  }
  // Declares a seat (its full sample result) at a time; returns the new snapshot.
  SnapshotPtr declare(const std::string& id, const std::string& at) {
    json& c = contest(doc_, id);
    c = contest(full_, id);
    c["declaredAt"] = at;
    return publish();
  }
  // A recount-free revision of a declared seat: a few votes move, the winner stays.
  SnapshotPtr revise(const std::string& id) {
    json& c = contest(doc_, id);
    c["revision"] = c["revision"].get<int>() + 1;
    c["candidates"][0]["votes"] = c["candidates"][0]["votes"].get<int>() + 100;
    c["validVotes"] = c["validVotes"].get<int>() + 100;
    return publish();
  }
  SnapshotPtr publish() {
    ParseOptions options;
    options.sourceRevision = ++revision_;
    options.previous = last_;
    ParseResult r = parseFeed(doc_.dump(), "night.json", options);
    REQUIRE_MESSAGE(r.ok(), (r.errors.empty() ? std::string() : r.errors.front().toString()));
    last_ = r.snapshot;
    return last_;
  }

private:
  static json& contest(json& doc, const std::string& id) {
    for (json& c : doc["contests"])
      if (c["id"] == id) return c;
    FAIL("no contest " << id);
    throw std::logic_error("unreachable");
  }
  static void await(json& c) {
    c["status"] = "awaiting";
    c.erase("validVotes");
    c.erase("rejected");
    for (json& k : c["candidates"]) {
      k.erase("votes");
      k.erase("elected");
    }
  }
  json full_, doc_;
  uint64_t revision_ = 0;
  SnapshotPtr last_;
};

// Playout with the default theme, and a CPU canvas to count what it draws.
struct Fixture {
  Fixture() {
    ThemeLoad load = loadTheme(defaultThemeFile());
    REQUIRE(load.theme);
    theme = *load.theme;
    auto baked = FontBank::bake(theme.fonts, 1280.0f / Canvas::kDesignWidth);
    REQUIRE_MESSAGE(baked, baked.error());
    fonts = std::move(*baked);
    fonts->atlas().SetTexID(reinterpret_cast<ImTextureID>(intptr_t(1)));
    playout = std::make_unique<Playout>(registry, theme, kRate);
  }
  std::size_t vertices(int64_t frame) {
    ImDrawListSharedData shared;
    configureDrawListData(shared, *fonts, 1280, 720);
    ImDrawList list(&shared);
    beginProgramDrawList(list, *fonts, 1280, 720);
    Canvas canvas(list, *fonts, 1280, 720);
    playout->draw(frame, canvas);
    return std::size_t(list.VtxBuffer.Size);
  }
  const LayerState& layer() const { return playout->layers().at(kLayer); }

  SceneRegistry registry;
  Theme theme;
  std::unique_ptr<FontBank> fonts;
  std::unique_ptr<Playout> playout;
  Night night;
};

} // namespace

TEST_CASE("latest: the binding resolves to the newest declaration") {
  Night night;
  SnapshotPtr none = night.publish();
  CHECK(bindsLatest("latest"));
  CHECK(bindsLatest("LATEST"));
  CHECK_FALSE(bindsLatest("E14000813"));
  CHECK_FALSE(bindsLatest("latest "));
  CHECK(normalisedContest("Latest") == "latest");
  CHECK(normalisedContest(kMidBeds) == kMidBeds);
  CHECK(resolveContest("latest", none.get()).empty());
  CHECK(resolveContest("latest", nullptr).empty());
  CHECK(resolveContest(kTamworth, none.get()) == kTamworth); // a fixed id stays itself
  SnapshotPtr one = night.declare(kTamworth, "2023-10-20T03:06:00+01:00");
  CHECK(resolveContest("latest", one.get()) == kTamworth);
  SnapshotPtr two = night.declare(kMidBeds, "2023-10-20T04:12:00+01:00");
  CHECK(resolveContest("latest", two.get()) == kMidBeds);
}

TEST_CASE_FIXTURE(Fixture, "latest on auto: each new seat enters afresh; a revision of it animates in place") {
  for (const char* scene : {"seat-change", "result-card", "vote-bars", "swing"}) {
    CAPTURE(scene);
    playout = std::make_unique<Playout>(registry, theme, kRate);
    night = Night();
    playout->setData(night.declare(kTamworth, "2023-10-20T03:06:00+01:00"));
    REQUIRE(playout->take(kLayer, {scene, "Latest", {}}, 0).empty());
    CHECK(layer().item.contest == "latest"); // normalised
    auto in = playout->sceneInput(kLayer, 100);
    REQUIRE(in);
    CHECK(in->contest == kTamworth);
    const std::size_t settledTamworth = vertices(400);
    CHECK(settledTamworth > 0);

    // Mid Bedfordshire declares at frame 500: a new graphic from that frame.
    playout->offer(night.declare(kMidBeds, "2023-10-20T04:12:00+01:00"), 500);
    CHECK(layer().timing.takeFrame == 500);
    CHECK(layer().timing.dataFrame == 500);
    CHECK(layer().previousData == nullptr); // nothing to animate from: another seat's numbers
    CHECK(layer().pendingData == nullptr);
    in = playout->sceneInput(kLayer, 500);
    REQUIRE(in);
    CHECK(in->contest == kMidBeds);
    CHECK(in->sinceTake() == 0.0);
    // The entrance replays: at its first frame it has drawn less than when settled.
    CHECK(playout->animating(501));
    CHECK(vertices(500) < vertices(900));
    CHECK_FALSE(playout->animating(900));

    // A revision of the same seat: no new entrance, the update animation from the old figures.
    playout->offer(night.revise(kMidBeds), 1000);
    CHECK(layer().timing.takeFrame == 500);
    CHECK(layer().timing.dataFrame == 1000);
    REQUIRE(layer().previousData);
    CHECK(layer().previousData->derived(kMidBeds)->revision == 1);
    CHECK(layer().data->derived(kMidBeds)->revision == 2);
    CHECK(playout->sceneInput(kLayer, 1000)->contest == kMidBeds);
  }
}

TEST_CASE_FIXTURE(Fixture, "latest on hold: the seat on air stays until RE-TAKE, which enters the new one") {
  playout->setData(night.declare(kTamworth, "2023-10-20T03:06:00+01:00"));
  REQUIRE(playout->take(kLayer, {"seat-change", "latest", {}}, 0).empty());
  REQUIRE(playout->setAuto(kLayer, false).empty());
  playout->offer(night.declare(kMidBeds, "2023-10-20T04:12:00+01:00"), 500);
  CHECK(layer().timing.takeFrame == 0);
  CHECK(playout->sceneInput(kLayer, 600)->contest == kTamworth);
  REQUIRE(layer().pendingData);
  CHECK(layer().pendingContest() == kMidBeds);
  CHECK(layer().shownContest() == kTamworth);
  CHECK_FALSE(playout->animating(600)); // nothing moves on air meanwhile

  REQUIRE(playout->retake(kLayer, 700).empty());
  CHECK(layer().pendingData == nullptr);
  CHECK(layer().timing.takeFrame == 700); // a new seat: the entrance replays
  CHECK(layer().previousData == nullptr);
  CHECK(playout->sceneInput(kLayer, 700)->contest == kMidBeds);
  CHECK(playout->animating(701));

  // A revision of the seat on air also waits on hold, then animates in place on re-take.
  playout->offer(night.revise(kMidBeds), 1000);
  CHECK(layer().pendingData);
  CHECK(layer().pendingContest() == kMidBeds);
  CHECK(layer().data->derived(kMidBeds)->revision == 1);
  REQUIRE(playout->retake(kLayer, 1100).empty());
  CHECK(layer().timing.takeFrame == 700);
  CHECK(layer().timing.dataFrame == 1100);
  CHECK(layer().data->derived(kMidBeds)->revision == 2);
}

TEST_CASE_FIXTURE(Fixture, "latest before any declaration: accepted, draws nothing, enters with the first") {
  playout->setData(night.publish()); // everything awaiting
  for (const char* scene : {"seat-change", "result-card", "vote-bars", "swing"}) {
    CAPTURE(scene);
    REQUIRE(playout->take(kLayer, {scene, "latest", {}}, 0).empty());
    CHECK(layer().waiting());
    CHECK(playout->sceneInput(kLayer, 10)->contest == "latest"); // no such contest: nothing to draw
    CHECK(vertices(10) == 0);
    CHECK(vertices(400) == 0);
    CHECK_FALSE(playout->animating(400)); // nothing keeps the channel redrawing
  }
  REQUIRE(playout->take(kLayer, {"seat-change", "latest", {}}, 0).empty());
  CHECK(playout->setAuto(kLayer, true).empty()); // commands still work on the waiting layer
  playout->offer(night.publish(), 300);          // nothing new: still waiting, nothing held
  CHECK(layer().waiting());
  CHECK(layer().pendingData == nullptr);

  playout->offer(night.declare(kMidBeds, "2023-10-20T04:12:00+01:00"), 500);
  CHECK_FALSE(layer().waiting());
  CHECK(layer().timing.takeFrame == 500);
  CHECK(layer().timing.page == 0); // a fresh take starts on page one
  CHECK(playout->sceneInput(kLayer, 500)->contest == kMidBeds);
  CHECK(vertices(900) > 0);

  // A national scene ignores the contest: bound to "latest" while waiting it draws just
  // what it draws bound to a seat.
  for (const char* scene : {"seat-tally", "hex-map", "gains", "national-share", "declarations", "battleground"}) {
    CAPTURE(scene);
    playout = std::make_unique<Playout>(registry, theme, kRate);
    playout->setData(Night().publish()); // nothing declared
    REQUIRE(playout->take(kLayer, {scene, "latest", {}}, 0).empty());
    CHECK(layer().waiting());
    const std::size_t waiting = vertices(400);
    REQUIRE(playout->take(kLayer, {scene, kMidBeds, {}}, 0).empty());
    CHECK(vertices(400) == waiting);
  }

  // Without any data at all: no crash, nothing drawn.
  Playout empty(registry, theme, kRate);
  REQUIRE(empty.take(kLayer, {"result-card", "latest", {}}, 0).empty());
  CHECK(empty.layers().at(kLayer).waiting());
  CHECK_FALSE(empty.animating(400));
}

TEST_CASE_FIXTURE(Fixture, "latest on hold before any declaration: the first one waits for RE-TAKE too") {
  playout->setData(night.publish());
  REQUIRE(playout->take(kLayer, {"vote-bars", "latest", {}}, 0).empty());
  REQUIRE(playout->setAuto(kLayer, false).empty());
  playout->offer(night.declare(kTamworth, "2023-10-20T03:06:00+01:00"), 200);
  CHECK(layer().waiting());
  CHECK(layer().pendingContest() == kTamworth);
  CHECK(vertices(300) == 0);
  REQUIRE(playout->retake(kLayer, 400).empty());
  CHECK(layer().timing.takeFrame == 400);
  CHECK(playout->sceneInput(kLayer, 400)->contest == kTamworth);
}

TEST_CASE_FIXTURE(Fixture, "latest: render-style update(), going out, national scenes and fixed layers") {
  SnapshotPtr first = night.declare(kTamworth, "2023-10-20T03:06:00+01:00");
  playout->setData(first);
  REQUIRE(playout->take(kLayer, {"result-card", "latest", {}}, 0).empty());
  REQUIRE(playout->take(20, {"vote-bars", kTamworth, {}}, 0).empty());
  REQUIRE(playout->take(30, {"seat-tally", "latest", {}}, 0).empty());
  // update() (render --steps "N update FILE", the console preview) follows the same rule.
  playout->update(night.declare(kMidBeds, "2023-10-20T04:12:00+01:00"), 250);
  CHECK(layer().timing.takeFrame == 250);
  CHECK(playout->sceneInput(kLayer, 250)->contest == kMidBeds);
  // A fixed layer stays on its seat; a national scene bound to latest is harmless.
  CHECK(playout->layers().at(20).timing.takeFrame == 0);
  CHECK(playout->sceneInput(20, 250)->contest == kTamworth);
  CHECK(vertices(600) > 0);

  // A layer going out leaves with the seat it shows: no new entrance mid-exit.
  REQUIRE(playout->out(kLayer, 700).empty());
  playout->offer(night.revise(kTamworth), 710); // not the latest seat: nothing moves
  CHECK(playout->sceneInput(kLayer, 710)->contest == kMidBeds);
  night.declare(kTamworth, "2023-10-20T05:00:00+01:00"); // Tamworth re-declared later
  playout->offer(night.publish(), 720);
  CHECK(layer().timing.takeFrame == 250);
  CHECK(playout->sceneInput(kLayer, 720)->contest == kMidBeds);
}
