// The contract of `landslide bench --json`, which scripts/perf-report.sh and
// docs/PERFORMANCE.md read: its shape, and figures that are positive and plausible. No
// timing thresholds: speed is measured by the bench, not asserted by tests.
#include <doctest/doctest.h>

#include "Run.h"

#include <nlohmann/json.hpp>

using namespace landslide::test;

namespace {

// stdout and stderr come together: the JSON document is the outermost braces.
nlohmann::json benchJson(const RunResult& r) {
  auto from = r.out.find('{'), to = r.out.rfind('}');
  REQUIRE(from != std::string::npos);
  REQUIRE(to != std::string::npos);
  return nlohmann::json::parse(r.out.substr(from, to - from + 1));
}

void checkStage(const nlohmann::json& stages, const char* name) {
  INFO(name);
  REQUIRE(stages.contains(name));
  double median = stages[name]["median_ms"], p99 = stages[name]["p99_ms"];
  CHECK(median >= 0);
  CHECK(p99 >= median);
  CHECK(p99 < 60000); // a frame, not a minute
}

} // namespace

TEST_CASE("bench --json: vote-bars through the full pipeline, the feed and feed-to-air") {
  RunResult r = run("timeout 300 " + landslideBinary() + " bench --scene vote-bars --frames 20 --json");
  INFO(r.out);
  REQUIRE(r.status == 0);
  nlohmann::json j = benchJson(r);
  CHECK(j["size"] == "1920x1080");
  CHECK(j["cpus"].get<int>() >= 1);
  REQUIRE(j["scenes"].size() == 1);
  const nlohmann::json& s = j["scenes"][0];
  CHECK(s["scene"] == "vote-bars");
  CHECK(s["contest"] == "E14000813");
  CHECK(!s.contains("error"));
  CHECK(s["frames"] == 20);
  CHECK(s["animated"] == true);
  CHECK(s["entrances"].get<int>() >= 1);
  CHECK(s["fps"].get<double>() > 0);
  CHECK(s["cpu_ms_per_frame"].get<double>() > 0);
  CHECK(s["vertices"].get<int>() > 1000); // a 1080p graphic with text, not an empty frame
  double rss = s["peak_rss_mib"];
  CHECK(rss > 8);     // at least the 1080p frame buffers
  CHECK(rss < 16384); // and not absurd
  for (const char* stage : {"build_cpu", "draw_gpu", "readback_gpu", "collect_cpu", "sink_cpu", "frame_wall"})
    checkStage(s["stages"], stage);
  CHECK(s["stages"]["frame_wall"]["median_ms"].get<double>() > 0);
  // A frame end to end cannot be faster than the frames/s says, nor the CPU slower than a minute.
  CHECK(s["cpu_ms_per_frame"].get<double>() < 60000);

  const nlohmann::json& parse = j["feed_parse"];
  CHECK(!parse.contains("error"));
  CHECK(parse["contests"] == 650);
  CHECK(parse["runs"].get<int>() >= 1);
  CHECK(parse["median_ms"].get<double>() > 0);
  CHECK(parse["p99_ms"].get<double>() >= parse["median_ms"].get<double>());

  const nlohmann::json& air = j["feed_to_air"];
  CHECK(!air.contains("error"));
  CHECK(air["landings"].get<int>() >= 1);
  CHECK(air["median_frames"].get<double>() >= 1); // never on air before the frame it landed in
  CHECK(air["max_frames"].get<double>() >= air["median_frames"].get<double>());
  CHECK(air["median_ms"].get<double>() > 0);
  CHECK(air["ticks"].get<int>() > 0);

  double start = j["start_to_first_frame_ms"];
  CHECK(start > 0);
  CHECK(start < 600000);
}

TEST_CASE("bench: a scene without data, a scene that draws nothing, an unknown scene") {
  RunResult ok = run("timeout 120 " + landslideBinary() +
                     " bench --scene test-card --size 320x180 --frames 5 --landings 0 --parse-runs 1 --json");
  INFO(ok.out);
  REQUIRE(ok.status == 0);
  nlohmann::json j = benchJson(ok);
  CHECK(j["scenes"][0]["frames"] == 5);
  CHECK(j["scenes"][0]["entrances"].get<int>() >= 1); // its entrance, replayed to keep it moving
  CHECK(j["scenes"][0]["vertices"].get<int>() > 100);
  CHECK(!j.contains("feed_to_air"));

  // A contest with no declaration: vote-bars has nothing to draw, so its numbers would mean nothing.
  RunResult none = run("timeout 120 " + landslideBinary() + " bench --scene vote-bars --size 320x180 --frames 5 " +
                       "--landings 0 --parse-runs 1 --feed " + sourceDir() + "/feeds/samples/ge2024.json --contest X");
  INFO(none.out);
  CHECK(none.status != 0);
  CHECK(none.status < 128);

  RunResult unknown = run("timeout 60 " + landslideBinary() + " bench --scene nope");
  CHECK(unknown.status == 2);
  CHECK(unknown.out.find("unknown scene 'nope'") != std::string::npos);
}
