#pragma once
// Scenes drawn on the CPU, as the renderer would draw them but without GL: a theme, fonts
// baked for the output size, a Dear ImGui draw list and a Canvas that logs every glyph.
#include "Scenarios.h"

#include "Scene.h"
#include "feeds/Snapshot.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace landslide::test {

struct CpuFrame {
  bool onAir = false;           // false once the exit has finished
  std::vector<GlyphBox> glyphs; // output pixels
  std::vector<ImVec2> vertices; // every vertex position, output pixels
  std::vector<ImU32> colours;   // and its colour
};

class CpuFrames {
public:
  explicit CpuFrames(std::string sourceDir) : source_(std::move(sourceDir)) {}
  // The scenario's timeline at `frame` (frame 0 = TAKE, 50 fps), as Playout would set it up.
  CpuFrame draw(const Scenario& scenario, int64_t frame);
  const Theme& theme(const std::string& file);
  SnapshotPtr feed(const std::string& file);
  SceneInput input(const Scenario& scenario, int64_t frame);

private:
  struct Fonts {
    std::unique_ptr<FontBank> bank;
  };
  const FontBank& fonts(const std::string& themeFile, int width, int height);

  std::string source_;
  SceneRegistry registry_;
  std::map<std::string, Theme> themes_;
  std::map<std::string, SnapshotPtr> feeds_;
  std::map<std::string, Fonts> fonts_;
};

} // namespace landslide::test
