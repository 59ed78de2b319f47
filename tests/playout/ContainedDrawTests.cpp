// Contained drawing: a layer whose scene throws halfway leaves nothing in the frame — its
// vertices, indices, commands, clip pushes and glyphs are cut back — and the layers
// around it draw exactly as they would without it. Draw lists built on the CPU.
#include "ThrowingScene.h"
#include "playout/Playout.h"

#include "canvas/DrawListSetup.h"
#include "feeds/ParseFeed.h"

#include <doctest/doctest.h>

#include <cstring>
#include <fstream>
#include <sstream>

using namespace landslide;
using landslide::test::Failure;

namespace {

constexpr FrameRate kRate{50, 1};
const std::string kMidBeds = "E14000813";

SnapshotPtr byElections() {
  std::ifstream in(std::string(LANDSLIDE_SOURCE_DIR) + "/feeds/samples/by-elections-2023-10-19.json");
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  ParseResult r = parseFeed(text.str(), "by-elections.json");
  REQUIRE(r.ok());
  return r.snapshot;
}

// Everything a frame's draw list holds, and what drawing would carry on from.
struct DrawnFrame {
  std::vector<ImDrawVert> vertices;
  std::vector<ImDrawIdx> indices;
  struct Command {
    ImVec4 clip;
    ImTextureID texture;
    unsigned vtxOffset, idxOffset, elements;
  };
  std::vector<Command> commands;
  std::vector<ImVec4> clipStack;
  std::vector<GlyphBox> glyphs;
  std::vector<LayerFault> faults;
};

bool same(const DrawnFrame& a, const DrawnFrame& b) {
  auto bytes = [](const auto& x, const auto& y) {
    return x.size() == y.size() && std::memcmp(x.data(), y.data(), x.size() * sizeof(x[0])) == 0;
  };
  if (!bytes(a.vertices, b.vertices) || !bytes(a.indices, b.indices) || !bytes(a.clipStack, b.clipStack)) return false;
  if (a.commands.size() != b.commands.size() || a.glyphs.size() != b.glyphs.size()) return false;
  for (size_t i = 0; i < a.commands.size(); ++i) {
    const auto &x = a.commands[i], &y = b.commands[i];
    if (std::memcmp(&x.clip, &y.clip, sizeof x.clip) != 0 || x.texture != y.texture || x.vtxOffset != y.vtxOffset ||
        x.idxOffset != y.idxOffset || x.elements != y.elements)
      return false;
  }
  for (size_t i = 0; i < a.glyphs.size(); ++i)
    if (a.glyphs[i].codepoint != b.glyphs[i].codepoint || a.glyphs[i].x0 != b.glyphs[i].x0) return false;
  return true;
}

struct Fixture {
  Fixture() {
    ThemeLoad load = loadTheme(defaultThemeFile());
    REQUIRE(load.theme);
    theme = *load.theme;
    auto baked = FontBank::bake(theme.fonts, 1280.0f / Canvas::kDesignWidth);
    REQUIRE_MESSAGE(baked, baked.error());
    fonts = std::move(*baked);
    fonts->atlas().SetTexID(reinterpret_cast<ImTextureID>(intptr_t(1)));
    registry.add(std::make_unique<test::ThrowingScene>(mode));
    playout = std::make_unique<Playout>(registry, theme, kRate);
    playout->setData(byElections());
  }
  DrawnFrame draw(int64_t frame) {
    ImDrawListSharedData shared;
    configureDrawListData(shared, *fonts, 1280, 720);
    ImDrawList list(&shared);
    beginProgramDrawList(list, *fonts, 1280, 720);
    Canvas canvas(list, *fonts, 1280, 720);
    DrawnFrame f;
    canvas.recordGlyphs(&f.glyphs);
    f.faults = playout->draw(frame, canvas);
    // What the next layer (or the end of the frame) would carry on from.
    canvas.text(FontRole::Body, "AFTER 0123", {200, 600}, {1, 1, 1, 1});
    f.vertices.assign(list.VtxBuffer.begin(), list.VtxBuffer.end());
    f.indices.assign(list.IdxBuffer.begin(), list.IdxBuffer.end());
    for (const ImDrawCmd& c : list.CmdBuffer)
      f.commands.push_back({c.ClipRect, c.TextureId, c.VtxOffset, c.IdxOffset, c.ElemCount});
    f.clipStack.assign(list._ClipRectStack.begin(), list._ClipRectStack.end());
    return f;
  }
  void take(int layer, const std::string& scene) {
    REQUIRE(playout->take(layer, {scene, kMidBeds, nlohmann::json::object()}, 0).empty());
  }

  std::shared_ptr<Failure> mode = std::make_shared<Failure>(Failure::None);
  SceneRegistry registry;
  Theme theme;
  std::unique_ptr<FontBank> fonts;
  std::unique_ptr<Playout> playout;
};

} // namespace

TEST_CASE("contained drawing: a scene that throws leaves the frame as it would be without its layer") {
  for (Failure failure : {Failure::AfterShapes, Failure::InsideClip, Failure::AfterClip, Failure::NotStd}) {
    for (int failing : {5, 15, 25}) { // before, between and after the good layers
      CAPTURE(int(failure));
      CAPTURE(failing);
      Fixture fx;
      fx.take(10, "vote-bars");
      fx.take(20, "result-card");
      fx.take(failing, "test-throws");
      const int64_t frame = kRate.frameAt(3);

      *fx.mode = Failure::None; // it draws when it does not fail: its absence is visible
      DrawnFrame drawing = fx.draw(frame);
      CHECK(drawing.faults.empty());

      *fx.mode = failure;
      DrawnFrame failed = fx.draw(frame);
      REQUIRE(failed.faults.size() == 1);
      CHECK(failed.faults[0].layer == failing);
      CHECK_FALSE(failed.faults[0].what.empty());
      CHECK_FALSE(same(failed, drawing));

      fx.playout->clear(failing);
      DrawnFrame without = fx.draw(frame);
      CHECK(without.faults.empty());
      CHECK(same(failed, without));
      CHECK(failed.clipStack.size() == 1); // only the frame's own clip is left
    }
  }
}

TEST_CASE("contained drawing: the reason is the exception's own message") {
  Fixture fx;
  fx.take(10, "test-throws");
  *fx.mode = Failure::AfterShapes;
  std::vector<LayerFault> faults = fx.draw(0).faults;
  REQUIRE(faults.size() == 1);
  CHECK(faults[0].what == "options.topN: expected a number");
  *fx.mode = Failure::NotStd;
  faults = fx.draw(0).faults;
  REQUIRE(faults.size() == 1);
  CHECK(faults[0].what == "unknown exception");
}

TEST_CASE("clip scopes pop however the scope ends") {
  Fixture fx;
  ImDrawListSharedData shared;
  configureDrawListData(shared, *fx.fonts, 1280, 720);
  ImDrawList list(&shared);
  beginProgramDrawList(list, *fx.fonts, 1280, 720);
  Canvas canvas(list, *fx.fonts, 1280, 720);
  const int depth = list._ClipRectStack.Size;
  try {
    Canvas::ClipScope clip(canvas, {0, 0, 100, 100});
    CHECK(list._ClipRectStack.Size == depth + 1);
    throw std::runtime_error("halfway");
  } catch (const std::runtime_error&) {}
  CHECK(list._ClipRectStack.Size == depth);
}
