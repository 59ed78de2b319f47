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

std::vector<Scenario> goldenScenarios();
// Runcorn and Helsby's rehearsal recount: vote-bars, the new count lands at 2 s, out at 5 s.
Scenario recountScenario();

} // namespace landslide::test
