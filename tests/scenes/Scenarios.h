#pragma once
// The golden configurations of the on-air scenes, shared by the golden test (rendered
// through the real binary) and the title-safe test (draw lists built on the CPU).
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace landslide::test {

struct Scenario {
  std::string name; // golden file stem, tests/goldens/scenes/NAME.png
  std::string scene;
  std::string feed; // relative to the source tree
  std::string contest;
  double at = 3; // seconds after TAKE
  std::optional<double> nextAt, outAt;
  std::string update; // feed file (relative) that arrives at updateAt, or ""
  double updateAt = 0;
  int width = 1920, height = 1080;
  std::string theme; // relative theme file, "" = default
  std::vector<std::pair<std::string, std::string>> options;

  // The timeline without the frame: scenarios that share it are one timeline.
  std::string timelineKey() const;
  // Arguments for `landslide render` (paths made absolute), without --at and --out.
  std::string renderArgs(const std::string& sourceDir) const;
};

std::vector<Scenario> goldenScenarios(); // the single-seat scenes, then nationalScenarios()
// The single-seat scenes and the test card at 1080x1920 and 1080x1080 (ShapeScenarios.cpp).
std::vector<Scenario> seatShapeScenarios();

// The national scenes (tests/scenes/national/, one file per scene).
inline constexpr const char* kGe2024Feed = "feeds/samples/ge2024.json";                    // end of the night
inline constexpr const char* kMidnightFeed = "tests/scenes/fixtures/ge2024-midnight.json"; // 412 of 650, exit poll
inline constexpr const char* kGe2019Feed = "feeds/samples/ge2019.json";                    // 2010-2023 boundaries
// A scene's standard moments on one feed: start, mid-entrance (at midEntrance), settled
// (3 s), mid-exit (out at 3, drawn at 3.2) and, when pages > 1, each later page (NEXT at
// 2 s per page, drawn 2.5 s after it). Names are "<tag>-<scene>-<moment>".
std::vector<Scenario> standardMoments(const std::string& tag, const std::string& scene, const std::string& feed,
                                      double midEntrance, int pages = 1);
std::vector<Scenario> nationalScenarios();
// A scenario at 1080x1920 ("-vertical-") and 1080x1080 ("-square-"): the scene's own layout
// for the shape, named "<tag>-<scene>-<shape>-<moment>", drawn at `at`.
std::vector<Scenario> shapeMoments(const std::string& tag, const std::string& scene, const std::string& feed,
                                   const std::string& moment, double at);
std::vector<Scenario> seatTallyScenarios();
std::vector<Scenario> hexMapScenarios();
std::vector<Scenario> gainsScenarios();
std::vector<Scenario> nationalShareScenarios();
std::vector<Scenario> declarationsScenarios();
std::vector<Scenario> battlegroundScenarios();
// Runcorn and Helsby's rehearsal recount: vote-bars, the new count lands at 2 s, out at 5 s.
Scenario recountScenario();

} // namespace landslide::test
