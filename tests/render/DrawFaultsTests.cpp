// A layer that fails to draw is reported once per episode: one as-run entry while it fails
// frame after frame, its error in the state until it draws cleanly or leaves.
#include <doctest/doctest.h>

#include "../playout/ThrowingScene.h"
#include "canvas/DrawListSetup.h"
#include "feeds/ParseFeed.h"
#include "live/DrawFaults.h"

#include <fstream>
#include <sstream>

using namespace landslide;
using landslide::test::Failure;

namespace {

struct Night {
  Night() {
    theme = *loadTheme(defaultThemeFile()).theme;
    auto baked = FontBank::bake(theme.fonts, 640.0f / Canvas::kDesignWidth);
    REQUIRE_MESSAGE(baked, baked.error());
    fonts = std::move(*baked);
    fonts->atlas().SetTexID(reinterpret_cast<ImTextureID>(intptr_t(1)));
    registry.add(std::make_unique<test::ThrowingScene>(mode));
    playout = std::make_unique<Playout>(registry, theme, FrameRate{25, 1});
    std::ifstream in(std::string(LANDSLIDE_SOURCE_DIR) + "/feeds/samples/by-elections-2023-10-19.json");
    std::stringstream text;
    text << in.rdbuf();
    ParseResult r = parseFeed(text.str(), "by-elections.json");
    REQUIRE(r.ok());
    playout->setData(r.snapshot);
    REQUIRE(playout->take(10, {"vote-bars", "E14000813", nlohmann::json::object()}, 0).empty());
    REQUIRE(playout->take(20, {"test-throws", "E14000813", nlohmann::json::object()}, 0).empty());
  }
  // One drawn frame, reported as the live engine reports it.
  void frame(int64_t n) {
    ImDrawListSharedData shared;
    configureDrawListData(shared, *fonts, 640, 360);
    ImDrawList list(&shared);
    beginProgramDrawList(list, *fonts, 640, 360);
    Canvas canvas(list, *fonts, 640, 360);
    faults.drawn(n, playout->draw(n, canvas), *playout, log);
  }
  size_t drawEntries() const {
    size_t n = 0;
    for (const AsRunEntry& e : log.recent(100)) n += e.command == "DRAW";
    return n;
  }

  std::shared_ptr<Failure> mode = std::make_shared<Failure>(Failure::None);
  Theme theme;
  std::unique_ptr<FontBank> fonts;
  SceneRegistry registry;
  std::unique_ptr<Playout> playout;
  BackgroundWriter writer;
  AsRunLog log{writer, ""};
  DrawFaults faults;
};

} // namespace

TEST_CASE("draw faults: one as-run entry per episode, the error shown while it lasts") {
  Night night;
  night.frame(0);
  CHECK(night.drawEntries() == 0);
  CHECK(night.faults.error(20).empty());

  *night.mode = Failure::AfterShapes;
  for (int64_t f = 1; f <= 50; ++f) night.frame(f); // failing every frame for two seconds
  REQUIRE(night.drawEntries() == 1);
  const AsRunEntry e = night.log.recent(1).back();
  CHECK(e.command == "DRAW");
  CHECK(e.source == "render");
  CHECK(e.layer == 20);
  CHECK(e.frame == 1);
  CHECK(e.scene == "test-throws");
  CHECK(e.contest == "E14000813");
  CHECK_FALSE(e.applied); // a re-render from the log does not replay it
  CHECK(e.result.find("options.topN: expected a number") != std::string::npos);
  CHECK(night.faults.error(20) == "options.topN: expected a number");
  CHECK(night.faults.error(10).empty()); // the good layer is not blamed

  *night.mode = Failure::None; // it recovers: the error clears, nothing more is logged
  night.frame(51);
  CHECK(night.faults.error(20).empty());
  CHECK(night.drawEntries() == 1);

  *night.mode = Failure::InsideClip; // a second episode is a second entry
  night.frame(52);
  night.frame(53);
  CHECK(night.drawEntries() == 2);
  CHECK(night.faults.error(20) == "row 7 of 3");

  night.playout->clear(20); // a failing layer that leaves has no error left
  night.frame(54);
  CHECK(night.faults.error(20).empty());
  CHECK(night.drawEntries() == 2);
}
