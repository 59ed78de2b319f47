// The cap on layers on air: 300 graphics cut one machine's output to 0.5 fps. The take
// past it is refused by Playout itself, the one place every surface goes through.
#include "Theme.h"
#include "playout/Playout.h"

#include <doctest/doctest.h>

using namespace landslide;

TEST_CASE("playout: at most kMaxLayersOnAir layers; a take past it is refused, a re-take is not") {
  ThemeLoad load = loadTheme(defaultThemeFile());
  REQUIRE(load.theme);
  SceneRegistry registry;
  Playout playout(registry, *load.theme, FrameRate{50, 1});
  const LayerItem item{"test-card", "", nlohmann::json::object()};
  const int max = int(Playout::kMaxLayersOnAir);
  for (int layer = 0; layer < max; ++layer) REQUIRE(playout.take(layer, item, 0).empty());
  const std::string refused = playout.take(max, item, 1);
  CHECK(refused.find("layers on air") != std::string::npos);
  CHECK(playout.layers().size() == Playout::kMaxLayersOnAir);
  CHECK(playout.restore(max, item, 0, 1).find("layers on air") != std::string::npos);
  CHECK(playout.take(5, item, 2).empty()); // replacing what a layer shows adds none
  CHECK(playout.out(6, 2).empty());        // going out still counts until it has gone
  CHECK_FALSE(playout.take(max, item, 3).empty());
  playout.clear(6);
  CHECK(playout.take(max, item, 4).empty());
}
