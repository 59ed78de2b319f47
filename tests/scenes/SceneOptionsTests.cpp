// Every scene's options: parsed once into the scene's struct, good values kept, each bad
// value refused with its JSON Pointer (never clamped), unknown keys refused with the
// known ones named.
#include "BattlegroundChart.h"
#include "DeclarationsCycle.h"
#include "Gains.h"
#include "NationalShare.h"
#include "Scene.h"
#include "SeatTally.h"
#include "VoteRows.h"
#include "hex/HexModel.h"

#include <doctest/doctest.h>

using namespace landslide;
using nlohmann::json;

namespace {

// The refusal's "path: reason", or "ok".
std::string verdict(const SceneRegistry& scenes, const char* scene, const json& options) {
  const Scene* s = scenes.find(scene);
  REQUIRE_MESSAGE(s, scene);
  Expected<SceneOptionsPtr> parsed = s->parseOptions(options);
  if (parsed) REQUIRE(*parsed);
  return parsed ? "ok" : parsed.error();
}

} // namespace

TEST_SUITE("nogl") {
  TEST_CASE("scene options: every scene takes the shared presentation keys") {
    SceneRegistry scenes;
    const json shared = {{"title", "Mid Beds"},
                         {"subtitle", "By-election"},
                         {"caption", ""},
                         {"names", {{"Alistair Strathern", "A. Strathern"}}},
                         {"parties", {{"MRLP", "Loony"}}},
                         {"shortNames", {{"APNI", "ALL"}}}};
    for (const auto& scene : scenes.all()) {
      CAPTURE(scene->name());
      Expected<SceneOptionsPtr> parsed = scene->parseOptions(shared);
      REQUIRE(parsed.ok());
      const SceneOptions& o = **parsed;
      CHECK(o.title == "Mid Beds");
      CHECK(o.caption == "");
      CHECK(o.parties.at("MRLP") == "Loony");
      CHECK(scene->parseOptions(json::object()).ok());
      CHECK(scene->parseOptions(json(nullptr)).ok()); // no options at all
      CHECK(scene->parseOptions(json{{"title", 5}}).error() == "/title: must be a string");
      CHECK(scene->parseOptions(json{{"names", "x"}}).problem().path == "/names");
      CHECK(scene->parseOptions(json{{"parties", {{"MRLP", 1}}}}).error() == "/parties/MRLP: must be a string");
      CHECK(scene->parseOptions(json::array()).error() == "options must be a JSON object");
    }
  }

  TEST_CASE("scene options: unknown keys are refused, naming the known ones") {
    SceneRegistry scenes;
    CHECK(verdict(scenes, "test-card", {{"f0", "Mid Beds"}}) ==
          "/f0: unknown option (this scene takes caption, names, parties, shortNames, subtitle, title)");
    CHECK(verdict(scenes, "vote-bars", {{"topn", 3}}).starts_with("/topn: unknown option (this scene takes"));
    CHECK(verdict(scenes, "hex-map", {{"topN", 3}}).find("legendRows") != std::string::npos);
    CHECK(verdict(scenes, "result-card", {{"a/b", 1}}).starts_with("/a~1b: ")); // a JSON Pointer token
  }

  TEST_CASE("scene options: vote-bars") {
    SceneRegistry scenes;
    CHECK(verdict(scenes, "vote-bars", {{"topN", 13}}) == "ok");
    CHECK(verdict(scenes, "vote-bars", {{"topN", "13"}}) == "ok"); // XML CG data: strings only
    CHECK(parseVoteBarsOptions({{"topN", 20}})->topN == 20);
    CHECK(verdict(scenes, "vote-bars", {{"topN", 21}}) == "/topN: must be an integer from 1 to 20");
    CHECK(verdict(scenes, "vote-bars", {{"topN", 0}}) == "/topN: must be an integer from 1 to 20");
    CHECK(verdict(scenes, "vote-bars", {{"topN", 2.5}}) == "/topN: must be an integer from 1 to 20");
    CHECK(verdict(scenes, "vote-bars", {{"topN", "three"}}) == "/topN: must be an integer from 1 to 20");
    CHECK(verdict(scenes, "vote-bars", {{"topN", true}}) == "/topN: must be an integer from 1 to 20");
  }

  TEST_CASE("scene options: seat-tally, gains, national-share") {
    SceneRegistry scenes;
    CHECK(parseSeatTallyOptions({{"topN", 12}})->topN == 12);
    CHECK(parseSeatTallyOptions(json::object())->topN == 0);
    CHECK(verdict(scenes, "seat-tally", {{"topN", 13}}) == "/topN: must be an integer from 1 to 12");
    CHECK(verdict(scenes, "seat-tally", {{"unchanged", true}}).starts_with("/unchanged: unknown option"));
    CHECK(parseGainsOptions({{"unchanged", "true"}})->unchanged);
    CHECK(verdict(scenes, "gains", {{"unchanged", 1}}) == "/unchanged: must be true or false");
    CHECK(verdict(scenes, "gains", {{"topN", -1}}) == "/topN: must be an integer from 1 to 12");
    CHECK(parseNationalShareOptions({{"allSeats", true}, {"topN", 4}})->allSeats);
    CHECK(verdict(scenes, "national-share", {{"allSeats", "yes"}}) == "/allSeats: must be true or false");
    CHECK(verdict(scenes, "national-share", {{"topN", "x"}}) == "/topN: must be an integer from 1 to 12");
  }

  TEST_CASE("scene options: declarations, battleground, hex-map") {
    SceneRegistry scenes;
    Expected<DeclarationsOptions> d = parseDeclarationsOptions({{"count", 50}, {"hold", "1.5"}});
    REQUIRE(d.ok());
    CHECK(d->count == 50);
    CHECK(d->hold == 1.5);
    CHECK(verdict(scenes, "declarations", {{"count", 51}}) == "/count: must be an integer from 1 to 50");
    CHECK(verdict(scenes, "declarations", {{"hold", 1}}) == "/hold: must be a number from 1.5 to 60");
    CHECK(verdict(scenes, "declarations", {{"hold", "long"}}) == "/hold: must be a number from 1.5 to 60");
    Expected<BattlegroundOptions> b = parseBattlegroundOptions({{"from", "lab"}, {"to", "CON"}, {"named", 0}});
    REQUIRE(b.ok());
    CHECK(b->from == "LAB");
    CHECK(b->to == "CON");
    CHECK(b->named == 0);
    CHECK(verdict(scenes, "battleground", {{"named", 7}}) == "/named: must be an integer from 0 to 6");
    CHECK(verdict(scenes, "battleground", {{"from", 3}}) == "/from: must be a string");
    CHECK(parseHexMapOptions({{"gap", 6}})->gap == 6.0f);
    CHECK(verdict(scenes, "hex-map", {{"gap", 6.5}}) == "/gap: must be a number from 0 to 6");
  }

  TEST_CASE("scene options: a scene reads its own struct, or its defaults") {
    SceneRegistry scenes;
    SceneInput in;
    CHECK(optionsOf<SeatTallyOptions>(in).topN == 0); // no options: the defaults
    in.options = *scenes.find("seat-tally")->parseOptions({{"topN", 7}});
    CHECK(optionsOf<SeatTallyOptions>(in).topN == 7);
    CHECK(optionsOf<GainsOptions>(in).topN == 0); // another scene's struct: the defaults
    CHECK(optionsOf<SceneOptions>(in).title == std::nullopt);
  }
}
