// Options parsed once, when a command arrives (prepareItem), and stored in the layer:
// the scene draws with that struct, an update is merged and parsed before it lands, and
// a bad option is refused with its path by every way in (take, update, restore, shows).
#include "SeatTally.h"
#include "VoteRows.h"
#include "playout/PrepareItem.h"

#include <doctest/doctest.h>

using namespace landslide;
using nlohmann::json;

namespace {
constexpr FrameRate kRate{50, 1};

struct Stage {
  SceneRegistry scenes;
  Theme theme;
  Playout playout{scenes, theme, kRate};
};
} // namespace

TEST_SUITE("nogl") {
  TEST_CASE("prepareItem: finds the scene, parses the options, refuses with the path") {
    SceneRegistry scenes;
    Expected<LayerItem> ok = prepareItem(scenes, {"vote-bars", "E14000813", {{"topN", "4"}}});
    REQUIRE(ok.ok());
    REQUIRE(ok->parsed);
    CHECK(dynamic_cast<const VoteBarsOptions&>(*ok->parsed).topN == 4);
    CHECK(ok->options == json{{"topN", "4"}}); // the JSON kept as sent, for the journal and /api/state
    CHECK(prepareItem(scenes, {"nope", "", {}}).error() == "/scene: unknown scene 'nope'");
    CHECK(prepareItem(scenes, {"vote-bars", "", {{"topN", 30}}}).error() == "/topN: must be an integer from 1 to 20");
  }

  TEST_CASE("prepareUpdate: merged with the layer's options, contest rebinds, parsed") {
    SceneRegistry scenes;
    LayerItem current = *prepareItem(scenes, {"seat-tally", "E1", {{"topN", 5}, {"title", "A"}}});
    Expected<LayerItem> u = prepareUpdate(scenes, current, {{"title", "B"}, {"contest", "LATEST"}});
    REQUIRE(u.ok());
    CHECK(u->contest == "latest");
    CHECK(u->options == json{{"topN", 5}, {"title", "B"}});
    const auto& o = dynamic_cast<const SeatTallyOptions&>(*u->parsed);
    CHECK(o.topN == 5);
    CHECK(o.title == "B");
    CHECK(prepareUpdate(scenes, current, {{"contest", 3}}).problem().path == "/contest");
    CHECK(prepareUpdate(scenes, current, {{"topN", 0}}).problem().path == "/topN");
    CHECK(prepareUpdate(scenes, current, json::array()).error() == "options must be a JSON object");
  }

  TEST_CASE("playout: the layer draws with the struct parsed at command time") {
    Stage s;
    Expected<LayerItem> item = prepareItem(s.scenes, {"seat-tally", "", {{"topN", 3}}});
    REQUIRE(item.ok());
    const SceneOptions* parsed = item->parsed.get();
    REQUIRE(s.playout.take(10, *item, 0).empty());
    CHECK(s.playout.sceneInput(10, 5)->options.get() == parsed); // stored, not parsed again
    // An update prepared for the layer's scene lands as parsed; the JSON is merged.
    LayerItem update{"seat-tally", "", {{"title", "NOW"}}};
    update.parsed = prepareUpdate(s.scenes, s.playout.layers().at(10).item, update.options)->parsed;
    REQUIRE(s.playout.setOptions(10, update, 10).empty());
    CHECK(s.playout.sceneInput(10, 11)->options.get() == update.parsed.get());
    CHECK(s.playout.layers().at(10).item.options == json{{"topN", 3}, {"title", "NOW"}});
    // Prepared for another scene than the layer shows now: refused, nothing changes.
    LayerItem stale{"gains", "", {{"title", "X"}}};
    stale.parsed = prepareItem(s.scenes, stale)->parsed;
    CHECK(s.playout.setOptions(10, stale, 12).find("now shows 'seat-tally'") != std::string::npos);
    CHECK(s.playout.layers().at(10).item.options["title"] == "NOW");
  }

  TEST_CASE("playout: items that come unparsed (render, restore) are parsed there and refused with the path") {
    Stage s;
    CHECK(s.playout.take(10, {"gains", "", {{"topN", 99}}}, 0) == "/topN: must be an integer from 1 to 12");
    CHECK(s.playout.layers().empty());
    CHECK(s.playout.restore(11, {"gains", "", {{"unchanged", "no"}}}, 0, 0) == "/unchanged: must be true or false");
    CHECK(s.playout.layers().empty());
    REQUIRE(s.playout.take(10, {"gains", "", {{"unchanged", true}}}, 0).empty());
    REQUIRE(s.playout.sceneInput(10, 1)->options);
    CHECK(s.playout.setOptions(10, {"", "", {{"topn", 3}}}, 2).starts_with("/topn: unknown option"));
    CHECK(s.playout.layers().at(10).item.options == json{{"unchanged", true}});
  }

  TEST_CASE("checkShow: a show file's bad option names the file, the item and the key") {
    SceneRegistry scenes;
    Show show;
    show.items.push_back({"Bars", "vote-bars", "E1", 10, {{"topN", 6}}});
    show.items.push_back({"Tally", "seat-tally", "", 20, {{"topN", 40}}});
    Expected<void> checked = checkShow(show, scenes, "night.show.json");
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error() == "night.show.json: /items/1/options/topN: must be an integer from 1 to 12");
    show.items[1].options = json::object();
    CHECK(checkShow(show, scenes, "night.show.json").ok());
  }
}
