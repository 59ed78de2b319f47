// The single-seat scenes on vertical (1080x1920) and square (1080x1080) pictures: each
// settled, vote-bars mid-entrance, and the second pages whose layout differs by shape.
#include "Scenarios.h"

namespace landslide::test {

std::vector<Scenario> seatShapeScenarios() {
  struct Size {
    const char* tag;
    int width, height;
  };
  const Size sizes[] = {{"vertical", 1080, 1920}, {"square", 1080, 1080}};
  std::vector<Scenario> out;
  auto make = [](const Size& size, const std::string& scene, const std::string& moment, double at) {
    Scenario s;
    s.name = (scene == "test-card" ? "" : "mid-beds-") + scene + "-" + size.tag + "-" + moment;
    s.scene = scene;
    s.feed = "feeds/samples/by-elections-2023-10-19.json";
    if (scene != "test-card") s.contest = "E14000813";
    s.width = size.width, s.height = size.height;
    s.at = at;
    if (scene == "seat-change") s.options = {{"caption", "The seat\u2019s first Labour MP in its 105-year history"}};
    return s;
  };
  for (const Size& size : sizes) {
    for (const char* scene : {"vote-bars", "seat-change", "result-card", "swing", "test-card"})
      out.push_back(make(size, scene, "settled", 3));
    out.push_back(make(size, "vote-bars", "mid-entrance", 0.5));
    for (const char* scene : {"vote-bars", "swing"}) {
      Scenario page = make(size, scene, "page-two", 4.5);
      page.nextAt = 2;
      out.push_back(page);
    }
  }
  return out;
}

} // namespace landslide::test
