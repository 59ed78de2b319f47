#include "CpuFrames.h"

#include "canvas/DrawListSetup.h"
#include "feeds/ParseFeed.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

namespace landslide::test {

namespace {
constexpr FrameRate kRate{50, 1};
}

const Theme& CpuFrames::theme(const std::string& file) {
  auto it = themes_.find(file);
  if (it != themes_.end()) return it->second;
  ThemeLoad load = loadTheme(file.empty() ? defaultThemeFile() : source_ + "/" + file);
  REQUIRE_MESSAGE(load.theme, (load.errors.empty() ? std::string() : load.errors.front().toString()));
  return themes_.emplace(file, *load.theme).first->second;
}

SnapshotPtr CpuFrames::feed(const std::string& file) {
  auto it = feeds_.find(file);
  if (it != feeds_.end()) return it->second;
  std::ifstream in(source_ + "/" + file, std::ios::binary);
  REQUIRE_MESSAGE(in, file);
  std::stringstream bytes;
  bytes << in.rdbuf();
  ParseResult parsed = parseFeed(bytes.str(), file);
  REQUIRE_MESSAGE(parsed.ok(), file);
  return feeds_.emplace(file, parsed.snapshot).first->second;
}

const FontBank& CpuFrames::fonts(const std::string& themeFile, int width, int height) {
  std::string key = themeFile + "@" + std::to_string(width) + "x" + std::to_string(height);
  auto it = fonts_.find(key);
  if (it != fonts_.end()) return *it->second.bank;
  auto baked = FontBank::bake(theme(themeFile).fonts, Canvas::pixelScaleFor(width, height));
  REQUIRE_MESSAGE(baked, baked.error());
  (*baked)->atlas().SetTexID(reinterpret_cast<ImTextureID>(intptr_t(1)));
  return *fonts_.emplace(key, Fonts{std::move(*baked)}).first->second.bank;
}

SceneInput CpuFrames::input(const Scenario& s, int64_t frame) {
  SceneInput in;
  SnapshotPtr data = feed(s.feed);
  in.results = data.get();
  in.contest = s.contest;
  in.theme = &theme(s.theme);
  in.frame = frame;
  in.rate = kRate;
  if (!s.update.empty() && frame >= kRate.frameAt(s.updateAt)) {
    in.previous = data.get();
    in.results = feed(s.update).get();
    in.timing.dataFrame = kRate.frameAt(s.updateAt);
  }
  if (s.nextAt && frame >= kRate.frameAt(*s.nextAt) && !(s.outAt && *s.outAt <= *s.nextAt)) {
    in.timing.page = 1;
    in.timing.pageFrame = kRate.frameAt(*s.nextAt);
  }
  if (s.outAt && frame >= kRate.frameAt(*s.outAt)) in.timing.outFrame = kRate.frameAt(*s.outAt);
  // Option values are JSON where they parse, as on the command line; the scene parses
  // them as a command would.
  nlohmann::json options = nlohmann::json::object();
  for (const auto& [key, value] : s.options) {
    nlohmann::json v = nlohmann::json::parse(value, nullptr, false);
    options[key] = v.is_discarded() ? nlohmann::json(value) : v;
  }
  const Scene* scene = registry_.find(s.scene);
  REQUIRE_MESSAGE(scene, s.scene);
  Expected<SceneOptionsPtr> parsed = scene->parseOptions(options);
  REQUIRE_MESSAGE(parsed.ok(), parsed.error());
  in.options = *parsed;
  return in;
}

CpuFrame CpuFrames::draw(const Scenario& s, int64_t frame) {
  CpuFrame out;
  const Scene* scene = registry_.find(s.scene);
  REQUIRE_MESSAGE(scene, s.scene);
  SceneInput in = input(s, frame);
  if (in.timing.outFrame && in.rate.secondsAt(frame - *in.timing.outFrame) > scene->exitSeconds(*in.theme))
    return out; // retired, as Playout::retire would
  out.onAir = true;
  const FontBank& bank = fonts(s.theme, s.width, s.height);
  ImDrawListSharedData shared;
  configureDrawListData(shared, bank, s.width, s.height);
  ImDrawList list(&shared);
  beginProgramDrawList(list, bank, s.width, s.height);
  Canvas canvas(list, bank, s.width, s.height);
  canvas.recordGlyphs(&out.glyphs);
  scene->draw(in, canvas);
  for (const ImDrawVert& v : list.VtxBuffer) {
    out.vertices.push_back(v.pos);
    out.colours.push_back(v.col);
  }
  return out;
}

} // namespace landslide::test
