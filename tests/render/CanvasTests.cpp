// Canvas and FontBank on the CPU: draw lists are built without any GL context.
#include <doctest/doctest.h>

#include "Theme.h"
#include "canvas/Canvas.h"
#include "feeds/base/Utf8.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <chrono>
#include <string>
#include <vector>

using namespace landslide;

namespace {

struct Fixture {
  Theme theme = *loadTheme(defaultThemeFile()).theme;
  std::unique_ptr<FontBank> fonts = FontBank::bake(theme.fonts, 1.0f).value();
  ImDrawListSharedData shared;
  ImDrawList list{&shared};
  Fixture() {
    fonts->atlas().SetTexID(reinterpret_cast<ImTextureID>(intptr_t(1)));
    shared.TexUvWhitePixel = fonts->atlas().TexUvWhitePixel;
    shared.InitialFlags = ImDrawListFlags_AntiAliasedFill | ImDrawListFlags_AllowVtxOffset;
    shared.ClipRectFullscreen = ImVec4(0, 0, 1920, 1080);
    list._ResetForNewFrame();
    list.PushClipRect({0, 0}, {1920, 1080});
    list.PushTextureID(fonts->atlas().TexID);
  }
};

} // namespace

TEST_CASE("fonts: every role baked with its ladder, required glyphs present in Inter") {
  Fixture f;
  REQUIRE(f.fonts);
  for (const FontSpec& spec : f.theme.fonts) {
    CHECK(f.fonts->hasRole(spec.role));
    CHECK(f.fonts->pixelSize(spec.role, 0) == doctest::Approx(spec.size));
    CHECK(f.fonts->pixelSize(spec.role, 1) < f.fonts->pixelSize(spec.role, 0));
    for (unsigned cp : {0x175u, 0x177u, 0xD3u, 0xE9u, 0x2212u, 0x2019u})
      CHECK(f.fonts->font(spec.role)->FindGlyphNoFallback(ImWchar(cp)) != nullptr);
  }
}

TEST_CASE("fonts: a missing file is one clear error naming it") {
  auto r = FontBank::bake({{FontRole::Body, "/nonexistent/Font.ttf", 30}}, 1.0f);
  CHECK_FALSE(r);
  CHECK(r.error().find("/nonexistent/Font.ttf") != std::string::npos);
  CHECK(r.error().find("font role 'body'") != std::string::npos);
  auto notFont = FontBank::bake({{FontRole::Body, "/etc/hostname", 30}}, 1.0f);
  CHECK_FALSE(notFont);
  CHECK(notFont.error().find("not a font") != std::string::npos);
  // A directory or a FIFO is refused by files::readFile, never waited on.
  auto directory = FontBank::bake({{FontRole::Body, "/tmp", 30}}, 1.0f);
  CHECK_FALSE(directory);
  CHECK(directory.error().find("not a file") != std::string::npos);
}

TEST_CASE("fonts: missing glyphs are reported at load") {
  // A maths font (fonts-dejavu-extra, in scripts/packages.txt) lacks Latin Extended-A.
  auto r = FontBank::bake({{FontRole::Body, "/usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf", 30}}, 1.0f);
  REQUIRE(r);
  const Problems& warnings = (*r)->warnings();
  REQUIRE_FALSE(warnings.empty());
  CHECK(warnings[0].reason.find("lacks") != std::string::npos);
  CHECK_FALSE(warnings[0].isError());
}

TEST_CASE("figures use tabular digits, so counting numbers do not jitter") {
  Fixture f;
  Canvas c(f.list, *f.fonts, 1920, 1080);
  CHECK(c.measure(FontRole::Figures, "11,111") == doctest::Approx(c.measure(FontRole::Figures, "88,888")));
  CHECK(c.measure(FontRole::Body, "1") == doctest::Approx(c.measure(FontRole::Body, "0")));
}

TEST_CASE("fit-to-width steps down the ladder, then ellipsises") {
  Fixture f;
  Canvas c(f.list, *f.fonts, 1920, 1080);
  const char* name = "Prince A Love, Emperor of India";
  float full = c.measure(FontRole::Body, name);
  TextRun fits = c.fit(FontRole::Body, name, full + 1);
  CHECK(fits.step == 0);
  TextRun smaller = c.fit(FontRole::Body, name, full * 0.9f);
  CHECK(smaller.step > 0);
  CHECK(smaller.text == name);
  CHECK(smaller.width <= full * 0.9f);
  TextRun cut = c.fit(FontRole::Body, name, full * 0.3f);
  CHECK(cut.step == int(FontBank::kLadder.size()) - 1);
  CHECK(cut.text.ends_with("\xE2\x80\xA6"));
  CHECK(cut.width <= full * 0.3f);
}

namespace {
// The cut as it was made before the binary search: one code point at a time.
std::string linearCut(const Canvas& c, const std::string& text, float maxWidth) {
  const int last = int(FontBank::kLadder.size()) - 1;
  std::vector<char32_t> cps = utf8text::decode(text);
  while (!cps.empty()) {
    cps.pop_back();
    while (!cps.empty() && (cps.back() == U' ' || cps.back() == U',')) cps.pop_back();
    std::string candidate;
    for (char32_t cp : cps) utf8text::append(candidate, cp);
    candidate += "\xE2\x80\xA6";
    if (c.measure(FontRole::Body, candidate, last) <= maxWidth) return candidate;
  }
  return {};
}
} // namespace

TEST_CASE("fit-to-width: the ellipsis cut is a binary search with the same result") {
  Fixture f;
  Canvas c(f.list, *f.fonts, 1920, 1080);
  for (std::string text : {"Prince A Love, Emperor of India", "Ynys Môn, , ,  Arfon", "a,b c,d e, f  g", "W"}) {
    const float smallest = c.measure(FontRole::Body, text, int(FontBank::kLadder.size()) - 1);
    for (float share = 0.01f; share < 1.0f; share += 0.01f) { // widths the smallest size does not fit
      CAPTURE(text);
      CAPTURE(share);
      TextRun cut = c.fit(FontRole::Body, text, smallest * share);
      CHECK(cut.text == linearCut(c, text, smallest * share));
    }
  }
  // A 100 KB title took the render thread ~100 s a frame; now a few measurements.
  std::string huge;
  while (huge.size() < 100'000) huge += "Mid Bedfordshire, ";
  const auto start = std::chrono::steady_clock::now();
  TextRun cut = c.fit(FontRole::Body, huge, 800);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(cut.text.ends_with("\xE2\x80\xA6"));
  CHECK(cut.width <= 800);
  CHECK(seconds < 2.0);
}

TEST_CASE("glyph log: text lands where it is put, right-aligned text ends at its anchor") {
  Fixture f;
  Canvas c(f.list, *f.fonts, 1920, 1080);
  std::vector<GlyphBox> glyphs;
  c.recordGlyphs(&glyphs);
  c.text(FontRole::Body, "Ŵyn 13,872", {1000, 500}, {1, 1, 1, 1}, Align::Right);
  REQUIRE(glyphs.size() == 9);
  float right = 0;
  for (const GlyphBox& g : glyphs) {
    CHECK(g.y1 <= 500 + 10);
    CHECK(g.y0 >= 500 - 40);
    right = std::max(right, g.x1);
  }
  CHECK(right <= 1000.5f);
  CHECK(right > 990);
  CHECK(glyphs[0].codepoint == 0x174);
}

TEST_CASE("invalid UTF-8 becomes replacement characters, never a crash") {
  auto cps = decodeUtf8("a\xC3(b\xFF");
  CHECK(cps.size() == 5);
  CHECK(cps[1] == 0xFFFD);
}

TEST_CASE("shapes: anti-aliased fills centre their fringe on the true edge") {
  Fixture f;
  Canvas c(f.list, *f.fonts, 1920, 1080);
  c.fillRect({100, 100, 200, 50}, {1, 0, 0, 1});
  float minX = 1e9f, maxX = -1e9f;
  for (const ImDrawVert& v : f.list.VtxBuffer) {
    if ((v.col >> 24) == 0) minX = std::min(minX, v.pos.x), maxX = std::max(maxX, v.pos.x);
  }
  CHECK(minX == doctest::Approx(99.5f)); // outer fringe half a pixel outside the edge
  CHECK(maxX == doctest::Approx(300.5f));
  int before = f.list.VtxBuffer.Size;
  c.arrow({100, 500}, {400, 400}, 20, 60, 50, {0, 0, 1, 1}, {1, 0, 0, 1});
  CHECK(f.list.VtxBuffer.Size > before);
}
