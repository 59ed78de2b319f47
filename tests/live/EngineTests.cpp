// LiveEngine::tick without GL: feed revisions that need an operator wait for one (hold),
// a re-take shows the held revision, a take that would put nothing on air is refused,
// and a feed for another election never blanks or replaces what is on air.
#include "EngineFixture.h"

#include <doctest/doctest.h>

using namespace landslide;
using namespace landslide::test;
using nlohmann::json;

namespace {

constexpr int kLayer = 10;

Command command(CommandKind kind, int layer, bool flag = false) {
  Command c;
  c.kind = kind;
  c.layer = layer;
  c.flag = flag;
  c.source = "test";
  return c;
}

// Publishes a document into the fixture's source and runs the tick that offers it.
void publish(EngineFixture& f, const json& doc) {
  ParseResult r = f.source().publish(doc);
  REQUIRE_MESSAGE(r.ok(), (r.errors.empty() ? std::string() : r.errors.front().toString()));
  f.tick();
}

struct OnAir : EngineFixture {
  json doc = byElections();
  OnAir() {
    REQUIRE(source().publish(doc).ok());
    start();
    REQUIRE(take(kLayer, "vote-bars", kMidBeds).ok);
    tick(200); // settled
    REQUIRE(layer(kLayer));
    REQUIRE(layer(kLayer)->revision == 1);
  }
};

} // namespace

TEST_CASE_FIXTURE(OnAir, "engine: a correction waits for the operator even on auto; re-take shows it") {
  CHECK(layer(kLayer)->autoUpdate);
  correct(doc, kMidBeds);
  publish(*this, doc);
  CHECK(layer(kLayer)->pending);
  CHECK(layer(kLayer)->revision == 1); // the declared result stays on air
  CHECK(run(command(CommandKind::Retake, kLayer)).ok);
  CHECK_FALSE(layer(kLayer)->pending);
  CHECK(layer(kLayer)->revision == 2);
}

TEST_CASE_FIXTURE(OnAir, "engine: a recount that changes the winner waits; a plain revision goes on air") {
  json revised = doc;
  contest(revised, kMidBeds)["revision"] = 2;
  contest(revised, kMidBeds)["candidates"][0]["votes"] = 13972;
  contest(revised, kMidBeds)["validVotes"] = 40820;
  publish(*this, revised);
  CHECK_FALSE(layer(kLayer)->pending);
  CHECK(layer(kLayer)->revision == 2); // on auto, in place

  recountToRunnerUp(revised, kMidBeds);
  publish(*this, revised);
  CHECK(layer(kLayer)->pending);
  CHECK(layer(kLayer)->revision == 2);
  CHECK(run(command(CommandKind::Retake, kLayer)).ok);
  CHECK(layer(kLayer)->revision == 3);
}

TEST_CASE_FIXTURE(OnAir, "engine: on hold every revision waits; re-take shows the held revision") {
  REQUIRE(run(command(CommandKind::SetAuto, kLayer, false)).ok);
  json revised = doc;
  contest(revised, kMidBeds)["revision"] = 2;
  contest(revised, kMidBeds)["candidates"][0]["votes"] = 13972;
  contest(revised, kMidBeds)["validVotes"] = 40820;
  publish(*this, revised);
  CHECK(layer(kLayer)->pending);
  CHECK(layer(kLayer)->revision == 1);
  // A newer revision replaces the held one; the re-take shows the newest held.
  contest(revised, kMidBeds)["revision"] = 3;
  contest(revised, kMidBeds)["candidates"][0]["votes"] = 14072;
  contest(revised, kMidBeds)["validVotes"] = 40920;
  publish(*this, revised);
  CHECK(layer(kLayer)->revision == 1);
  CHECK(run(command(CommandKind::Retake, kLayer)).ok);
  CHECK_FALSE(layer(kLayer)->pending);
  CHECK(layer(kLayer)->revision == 3);
  CHECK_FALSE(layer(kLayer)->autoUpdate); // still on hold
}

TEST_CASE_FIXTURE(OnAir, "engine: taking an unknown contest is refused and puts nothing on air") {
  CommandResult r = take(20, "result-card", "E99999999");
  CHECK_FALSE(r.ok);
  CHECK(r.rule == "unknown-contest");
  CHECK(r.error.find("E99999999") != std::string::npos);
  CHECK(layer(20) == nullptr);
  // Nor may CG UPDATE rebind a layer to one.
  Command update = command(CommandKind::Update, kLayer);
  update.item.options = {{"contest", "E99999999"}};
  CommandResult u = run(update);
  CHECK_FALSE(u.ok);
  CHECK(u.rule == "unknown-contest");
  CHECK(layer(kLayer)->contest == kMidBeds);

  // Exempt: "latest" (it waits for a declaration) and scenes that show no one contest.
  CHECK(take(21, "vote-bars", "latest").ok);
  CHECK(take(22, "seat-tally", "E99999999").ok);
  CHECK(take(23, "result-card", kTamworth).ok);
}

TEST_CASE_FIXTURE(EngineFixture, "engine: before any feed a single-seat take is refused, national ones are not") {
  start();
  CommandResult r = take(kLayer, "vote-bars", kMidBeds);
  CHECK_FALSE(r.ok);
  CHECK(r.rule == "unknown-contest");
  CHECK(r.error.find("no results feed") != std::string::npos);
  CHECK(layer(kLayer) == nullptr);
  CHECK(producer().lastVertices() == emptyVertices());
  CHECK(take(20, "seat-tally", "").ok);
  CHECK(take(21, "result-card", "latest").ok);
}

TEST_CASE_FIXTURE(OnAir, "engine: a feed for another election keeps the last good data on air, with a warning") {
  const int drawn = producer().lastVertices();
  REQUIRE(drawn > emptyVertices());
  json other = byElections();
  other["name"] = "Some other by-election";
  for (json& c : other["contests"]) c["id"] = "X" + c["id"].get<std::string>();
  publish(*this, other);
  tick(5);
  const LayerView* v = layer(kLayer);
  REQUIRE(v);
  CHECK(v->revision == 1);
  CHECK(v->resolved == kMidBeds);
  CHECK_FALSE(v->pending);
  CHECK(v->warning.find("Some other by-election") != std::string::npos);
  CHECK(producer().lastVertices() == drawn); // the same graphic, not a blank one
  // The operator is told in the as-run log, once.
  int kept = 0;
  for (const AsRunEntry& e : engine().asRun().recent(50))
    if (e.command == "KEEP" && e.layer == kLayer) ++kept;
  CHECK(kept == 1);
  // A re-take would show nothing: refused.
  CHECK(run(command(CommandKind::Retake, kLayer)).rule == "unknown-contest");

  // The right feed again: the warning goes, the layer follows the feed.
  publish(*this, doc);
  CHECK(layer(kLayer)->warning.empty());
  CHECK(layer(kLayer)->revision == 1);
}

TEST_CASE_FIXTURE(OnAir, "engine: a revision that loses the layer's contest keeps it on air, with a warning") {
  const int drawn = producer().lastVertices();
  json lost = doc;
  json& contests = lost["contests"];
  for (std::size_t i = 0; i < contests.size(); ++i)
    if (contests[i]["id"] == kMidBeds) contests.erase(i);
  publish(*this, lost);
  tick(5);
  CHECK(layer(kLayer)->revision == 1);
  CHECK(layer(kLayer)->warning.find(kMidBeds) != std::string::npos);
  CHECK(producer().lastVertices() == drawn);
}

TEST_CASE_FIXTURE(EngineFixture, "engine: every as-run row carries the timecode of its frame") {
  REQUIRE(source().publish(byElections()).ok());
  auto clock = timecodeClockFor("10:00:00:00", *FrameRate::parse("50i"));
  REQUIRE(clock);
  EngineConfig config;
  config.timecode = *clock;
  start(config);
  tick(7);
  REQUIRE(take(kLayer, "vote-bars", kMidBeds).ok);
  tick(100);
  REQUIRE(run(command(CommandKind::Out, kLayer)).ok);
  auto rows = engine().asRun().recent(10);
  REQUIRE(rows.size() >= 2);
  for (const AsRunEntry& e : rows) {
    INFO(e.command << " at frame " << e.frame);
    CHECK(e.timecode == clock->at(e.frame)); // picture (field) N: frame N / 2 after 10:00:00:00
  }
  CHECK(rows.back().frame > 100);
  CHECK(rows.back().timecode != "10:00:00:00");
}
