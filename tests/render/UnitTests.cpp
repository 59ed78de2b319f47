#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include "Easing.h"
#include "FrameRate.h"
#include "Theme.h"
#include "canvas/Canvas.h"
#include "live/TickStats.h"
#include "output/OutputSpec.h"
#include "playout/Steps.h"
#include "program/RenderSetup.h"

using namespace landslide;

TEST_CASE("output specs: every form of the grammar") {
  auto kind = [](const char* s) { return parseOutputSpec(s)->kind; };
  CHECK(kind("x.png") == OutputKind::PngFile);
  CHECK(kind("X.PNG") == OutputKind::PngFile);
  CHECK(kind("frames/") == OutputKind::PngSequence);
  CHECK(kind("a.mov") == OutputKind::ProRes);
  CHECK(kind("a.mp4") == OutputKind::H264);
  CHECK(kind("-") == OutputKind::Stdout);
  CHECK(kind("window") == OutputKind::Window);
  auto ff = parseOutputSpec("ffmpeg:-f mpegts 'srt://host:9000?mode=caller'");
  REQUIRE(ff);
  CHECK(ff->ffmpegArgs == std::vector<std::string>{"-f", "mpegts", "srt://host:9000?mode=caller"});
  auto fs = parseOutputSpec("window:fullscreen:2");
  REQUIRE(fs);
  CHECK(fs->fullscreen);
  CHECK(fs->monitor == 2);
  CHECK(parseOutputSpec("window:transparent")->transparent);
  CHECK(parseOutputSpec("obs:7000")->port == 7000);
}

TEST_CASE("output specs: errors name the spec") {
  for (const char* bad : {"x.gif", "", "window:huge", "window:fullscreen:x", "ffmpeg:", "ffmpeg:'open", "obs:99999"}) {
    auto p = parseOutputSpec(bad);
    CHECK_FALSE(p);
    CHECK(p.error().find(std::string("'") + bad + "'") != std::string::npos);
  }
  CHECK_FALSE(parseKeyMode("half"));
  CHECK(parseKeyMode("sbs") == KeyMode::SideBySide);
}

TEST_CASE("frame rates are rationals") {
  CHECK(FrameRate::parse("50") == FrameRate{50, 1});
  CHECK(FrameRate::parse("30000/1001") == FrameRate{30000, 1001});
  CHECK(FrameRate::parse("59.94") == FrameRate{60000, 1001});
  CHECK_FALSE(FrameRate::parse("0"));
  CHECK_FALSE(FrameRate::parse("fast"));
  CHECK_FALSE(FrameRate::parse("1/0"));
  FrameRate ntsc{30000, 1001};
  CHECK(ntsc.frameAt(1.0) == 30); // 29.97 frames, rounded to the nearest
  CHECK(ntsc.frameAt(100.0) == 2997);
  CHECK(FrameRate{50, 1}.frameAt(0.01) == 1); // 0.5 frame rounds up
  CHECK(FrameRate{25, 1}.secondsAt(50) == doctest::Approx(2.0));
}

TEST_CASE("frame sizes: bounds and clear errors") {
  CHECK(parseFrameSize("3840x2160")->width == 3840);
  for (const char* bad : {"0x0", "100000x100000", "1920", "1921x1080", "axb", "-2x4"}) {
    auto size = parseFrameSize(bad);
    CHECK_FALSE(size);
    CHECK(size.error().find(bad) != std::string::npos);
  }
}

TEST_CASE("frame sizes: a channel is 16:9, 9:16 or 1:1, and the canvas lays out for its shape") {
  for (const char* good : {"1920x1080", "1280x720", "1080x1920", "720x1280", "1080x1080", "2160x2160"})
    CHECK_MESSAGE(parseFrameSize(good), good);
  auto odd = parseFrameSize("1440x1080");
  REQUIRE_FALSE(odd);
  CHECK(odd.error().find("9:16") != std::string::npos);
  CHECK(exactShape(1080, 1920) == Shape::Vertical);
  CHECK(exactShape(1080, 1080) == Shape::Square);
  CHECK(exactShape(3840, 2160) == Shape::Wide);
  CHECK_FALSE(exactShape(1024, 768));
  // 1080 pixels across a phone picture are 1080 design units: type keeps its 1080p size.
  CHECK(Canvas::pixelScaleFor(1080, 1920) == doctest::Approx(1.0));
  CHECK(Canvas::pixelScaleFor(1920, 1080) == doctest::Approx(1.0));
  CHECK(Canvas::pixelScaleFor(2160, 2160) == doctest::Approx(2.0));
  // Vertical safe areas keep clear of the platforms' overlays, more at the bottom.
  const Rect frame{0, 0, 1080, 1920};
  SafeAreas v = safeAreasFor(frame, Shape::Vertical, 0.9f, 0.93f);
  CHECK(v.action.contains(v.title));
  CHECK(frame.bottom() - v.title.bottom() > v.title.y);
  SafeAreas sq = safeAreasFor({0, 0, 1080, 1080}, Shape::Square, 0.9f, 0.93f);
  CHECK(sq.title.x == doctest::Approx(54));
}

TEST_CASE("steps: a timeline in seconds from TAKE") {
  StepsParse s = parseSteps("6 out; 2.5 next ; 3 update feeds/x.json", {50, 1});
  REQUIRE(s.error.empty());
  REQUIRE(s.steps.size() == 3);
  CHECK(s.steps[0].frame == 125);
  CHECK(s.steps[0].kind == Step::Kind::Next);
  CHECK(s.steps[1].kind == Step::Kind::Update);
  CHECK(s.steps[1].argument == "feeds/x.json");
  CHECK(s.steps[2].frame == 300);
  CHECK(parseSteps("1 jump", {50, 1}).error.find("unknown command 'jump'") != std::string::npos);
  CHECK(parseSteps("x next", {50, 1}).error.find("step 1") != std::string::npos);
  CHECK(parseSteps("1 next; 2 update", {50, 1}).error.find("step 2") != std::string::npos);
  CHECK(parseSteps("-1 out", {50, 1}).error.size() > 0);
}

TEST_CASE("easing curves") {
  auto linear = Easing::parse("linear");
  REQUIRE(linear);
  CHECK((*linear)(0.25f) == doctest::Approx(0.25f).epsilon(0.001));
  auto out = Easing::parse("ease-out-cubic");
  REQUIRE(out);
  CHECK((*out)(0.0f) == 0.0f);
  CHECK((*out)(1.0f) == 1.0f);
  CHECK((*out)(0.5f) > 0.75f); // decelerates: most of the move happens early
  float previous = 0;
  for (int i = 1; i <= 100; ++i) { // monotonic
    float v = (*out)(float(i) / 100);
    CHECK(v >= previous);
    previous = v;
  }
  auto custom = Easing::parse("cubic-bezier(0.2, 0, 0, 1)");
  REQUIRE(custom);
  CHECK_FALSE(Easing::parse("cubic-bezier(2, 0, 0, 1)"));
  CHECK_FALSE(Easing::parse("bouncy"));
  CHECK(progress(0.5, 0, 1) == doctest::Approx(0.5));
  CHECK(progress(-1, 0, 1) == 0.0f);
  CHECK(progress(9, 0, 1) == 1.0f);
}

TEST_CASE("colours and WCAG contrast") {
  CHECK(contrastRatio(Rgba::fromHex(0xFFFFFF), Rgba::fromHex(0x000000)) == doctest::Approx(21.0));
  // DESIGN.md: white on the Conservative blue is 3.8:1 — large text only.
  CHECK(contrastRatio(Rgba::fromHex(0xFFFFFF), Rgba::fromHex(0x0087DC)) == doctest::Approx(4.0).epsilon(0.06));
  CHECK(parseHexColour("#E4003B") == Rgba::fromHex(0xE4003B));
  CHECK(parseHexColour("#00000080")->a == doctest::Approx(128.0 / 255));
  CHECK_FALSE(parseHexColour("E4003B"));
  CHECK_FALSE(parseHexColour("#GG0000"));
}

TEST_CASE("the bundled theme loads and picks readable text colours") {
  ThemeLoad load = loadTheme(defaultThemeFile());
  REQUIRE(load.theme);
  const Theme& t = *load.theme;
  for (const char* party : {"CON", "LAB", "LD", "REF", "GRN", "SNP", "PC", "IND", "XYZ"}) {
    Rgba bg = t.partyColour(party);
    CHECK(contrastRatio(t.textOn(bg, true, party), bg) >= 3.0);
    CHECK(contrastRatio(t.textOn(bg, false), bg) >= 4.5);
  }
  CHECK(t.partyColour("lab") == Rgba::fromHex(0xE4003B));
  CHECK(t.partyColour("unknown") == t.fallbackParty);
  CHECK(t.formatCount(13872) == "13,872");
  CHECK(t.formatCount(1192) == "1,192");
  CHECK(t.formatCount(6) == "6");
  CHECK(t.formatDecimal(-28.65, 1) == "\xE2\x88\x92"
                                      "28.7"); // U+2212, not a hyphen
  CHECK(t.formatDecimal(12.39, 1, true) == "+12.4");
  CHECK(t.formatDecimal(-0.01, 1, true) == "0.0");
}

TEST_CASE("theme errors name the file and JSON path") {
  const std::string roles = R"("headline": {"file": "x.ttf"}, "title": {"file": "x.ttf"}, "label": {"file": "x.ttf"},
                               "figures": {"file": "x.ttf"})";
  ThemeLoad bad = parseTheme(
      R"({"fonts": {"body": {"file": "x.ttf", "size": 1}, )" + roles + R"(}, "easing": {"exit": "wobble"}})", "t.json");
  REQUIRE_FALSE(bad.theme);
  REQUIRE(bad.errors.size() == 2);
  CHECK(bad.errors[0].toString().find("t.json: /fonts/body/size") == 0);
  CHECK(bad.errors[1].path == "/easing/exit");
  CHECK(parseTheme("not json", "t.json").errors.size() == 1);
}

TEST_CASE("theme fonts: a missing role is an error naming it; an unknown role is refused") {
  ThemeLoad good = parseTheme(R"({"fonts": {"headline": {"file": "/h.otf"}, "title": {"file": "/t.otf"},
      "body": {"file": "/b.otf"}, "label": {"file": "/l.otf"}, "figures": {"file": "/f.otf"}}})",
                              "t.json");
  REQUIRE(good.theme); // display is optional
  CHECK(good.theme->fonts.size() == 5);
  ThemeLoad noFigures = parseTheme(R"({"fonts": {"headline": {"file": "/h.otf"}, "title": {"file": "/t.otf"},
      "body": {"file": "/b.otf"}, "label": {"file": "/l.otf"}}})",
                                   "t.json");
  REQUIRE_FALSE(noFigures.theme);
  REQUIRE(noFigures.errors.size() == 1);
  CHECK(noFigures.errors[0].path == "/fonts/figures");
  CHECK(noFigures.errors[0].toString().find("t.json: /fonts/figures: missing: every theme needs a \"figures\" font") ==
        0);
  ThemeLoad typo = parseTheme(R"({"fonts": {"headline": {"file": "/h.otf"}, "title": {"file": "/t.otf"},
      "body": {"file": "/b.otf"}, "label": {"file": "/l.otf"}, "figures": {"file": "/f.otf"},
      "figure": {"file": "/f.otf"}}})",
                              "t.json");
  REQUIRE_FALSE(typo.theme);
  CHECK(typo.errors[0].path == "/fonts/figure");
  CHECK(typo.errors[0].reason.find("unknown font role") == 0);
  CHECK(fontRoleNamed("label") == FontRole::Label);
  CHECK(fontRoleName(FontRole::Display) == "display");
  CHECK_FALSE(fontRoleNamed("Label"));
}

TEST_CASE("tick stats: median and p99 over the last 500 ticks") {
  landslide::TickStats stats;
  CHECK(stats.summary().samples == 0);
  for (int i = 1; i <= 100; ++i) stats.add(i, 0.5);
  landslide::TickSummary s = stats.summary();
  CHECK(s.samples == 100);
  CHECK(s.drawMedianMs == 50);
  CHECK(s.drawP99Ms == 99);
  CHECK(s.hookMedianMs == 0.5);
  for (int i = 0; i < 500; ++i) stats.add(7, 1); // the window forgets the old ticks
  s = stats.summary();
  CHECK(s.samples == 500);
  CHECK(s.drawP99Ms == 7);
  CHECK(s.hookP99Ms == 1);
}
