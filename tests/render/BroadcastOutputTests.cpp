// Broadcast outputs proven from the files landslide writes, with the real ffmpeg/ffprobe:
// interlaced 50i/59.94i (field order, the weave of pictures t and t + 1/50 s), alpha modes
// per output, fill and key of one picture, and SMPTE timecode (drop-frame included).
#include <doctest/doctest.h>

#include "Image.h"
#include "Run.h"

#include "output/PixelConvert.h"
#include "output/Weave.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace landslide::test;

namespace {

constexpr int kPlate[3] = {0x0B, 0x1B, 0x2E}; // the default theme's plate colour

std::string render(const std::string& args) { return landslideBinary() + " render --scene test-card " + args; }

std::string probe(const std::string& file, const std::string& entries) {
  return run("ffprobe -v error -show_entries " + entries + " -of default=nw=1 " + file).out;
}

bool has(const std::string& text, const std::string& line) { return text.find(line) != std::string::npos; }

// Frame `index` of a video, decoded to RGBA.
Image decodeFrame(const std::string& file, int index, const std::string& png) {
  RunResult r = run("ffmpeg -v error -y -i " + file + " -vf 'select=eq(n\\," + std::to_string(index) +
                    ")' -vsync 0 -frames:v 1 -pix_fmt rgba " + png);
  INFO(r.out);
  REQUIRE(r.status == 0);
  return loadPng(png);
}

int premultiplied(int colour, int alpha) { return (colour * alpha + 127) / 255; }

// Pixels whose premultiplied colour or alpha differ by more than `tolerance` (straight
// colour under a clear pixel means nothing, so both sides are compared premultiplied).
size_t differingPremultiplied(const Image& a, const Image& b, int tolerance) {
  REQUIRE(a.width == b.width);
  REQUIRE(a.height == b.height);
  size_t n = 0;
  for (int y = 0; y < a.height; ++y)
    for (int x = 0; x < a.width; ++x) {
      const uint8_t *p = a.at(x, y), *q = b.at(x, y);
      bool differs = std::abs(int(p[3]) - int(q[3])) > tolerance;
      for (int c = 0; c < 3 && !differs; ++c)
        differs = std::abs(premultiplied(p[c], p[3]) - premultiplied(q[c], q[3])) > tolerance;
      n += differs;
    }
  return n;
}

Image straight(const Image& premultipliedImage) {
  Image out{premultipliedImage.width, premultipliedImage.height, std::vector<uint8_t>(premultipliedImage.rgba.size())};
  landslide::convertRows(premultipliedImage.rgba.data(), out.width, 0, out.height, landslide::PixelFormat::Straight,
                         out.rgba.data());
  return out;
}

// What an interlaced straight-alpha output holds: the two pictures as drawn
// (premultiplied) woven, then converted to straight alpha, as the sink does.
Image weave(const Image& top, const Image& bottom) {
  std::vector<uint8_t> woven =
      landslide::weaveFields(top.rgba, bottom.rgba, top.width, top.height, landslide::WeaveAlpha::Premultiplied);
  Image out{top.width, top.height, std::vector<uint8_t>(woven.size())};
  landslide::convertRows(woven.data(), top.width, 0, top.height, landslide::PixelFormat::Straight, out.rgba.data());
  return out;
}

// The part-covered pixel of the plate's bottom-left corner with alpha nearest one half.
std::pair<int, int> halfCoveredEdge(const Image& img) {
  std::pair<int, int> best{-1, -1};
  int bestDistance = 256;
  for (int y = 780; y < 1040; ++y) // the rounded bottom-left corner is in here
    for (int x = 86; x < 110; ++x)
      if (int d = std::abs(int(img.at(x, y)[3]) - 128); d < bestDistance) {
        bestDistance = d;
        best = {x, y};
      }
  return best;
}

} // namespace

TEST_CASE("50i .mov: flagged top field first with timecode; frame k weaves pictures 2k and 2k+1") {
  std::string dir = scratchDir("interlace-50i");
  RunResult r = run(render("--size 960x540 --fps 50i --frames 0:23 --timecode 10:00:00:00 --out " + dir +
                           "/clip.mov --out " + dir + "/woven/"));
  INFO(r.out);
  REQUIRE(r.status == 0);
  const std::string info =
      probe(dir + "/clip.mov", "stream=codec_name,field_order,r_frame_rate,nb_frames:stream_tags=timecode");
  INFO(info);
  CHECK(has(info, "field_order=tt"));
  CHECK(has(info, "r_frame_rate=25/1"));
  CHECK(has(info, "nb_frames=12")); // 24 pictures at the field rate, 12 frames
  CHECK(has(info, "TAG:timecode=10:00:00:00"));

  // The references: the same scene at 50p, pictures 20 and 21 (0.40 s and 0.42 s).
  // Rendered premultiplied, as the channel hands them to the interlacer.
  REQUIRE(run(render("--size 960x540 --fps 50 --frames 20:21 --out " + dir + "/ref/:premultiplied")).status == 0);
  Image t0 = loadPng(dir + "/ref/frame-000020.png"), t1 = loadPng(dir + "/ref/frame-000021.png");
  const size_t total = size_t(t0.width) * size_t(t0.height);
  REQUIRE(differingPremultiplied(straight(t0), straight(t1), 8) > total / 200); // the scene moves between the fields

  // The PNG sequence gets the woven frame itself: bit for bit the weave of the references.
  Image png = loadPng(dir + "/woven/frame-000010.png");
  CHECK(compare(png, weave(t0, t1)).maxDelta == 0);

  // The decoded ProRes frame 10: top field (even lines) from 0.40 s, bottom from 0.42 s.
  Image decoded = decodeFrame(dir + "/clip.mov", 10, dir + "/decoded.png");
  const size_t right = differingPremultiplied(decoded, weave(t0, t1), 6);
  const size_t swapped = differingPremultiplied(decoded, weave(t1, t0), 6);
  const size_t unfiltered = differingPremultiplied(decoded, straight(t0), 6);
  INFO("right " << right << ", swapped " << swapped << ", progressive t0 " << unfiltered << " of " << total);
  CHECK(right <= total / 1000);
  CHECK(swapped > 20 * (right + 50));
  CHECK(unfiltered > 20 * (right + 50));
}

TEST_CASE("59.94i .mp4: H.264 coded interlaced, top field first, drop-frame timecode") {
  std::string dir = scratchDir("interlace-5994i");
  RunResult r =
      run(render("--size 640x360 --fps 59.94i --frames 0:11 --timecode '01:00:00;00' --out " + dir + "/clip.mp4"));
  INFO(r.out);
  REQUIRE(r.status == 0);
  const std::string info = probe(dir + "/clip.mp4", "stream=codec_name,field_order,r_frame_rate:stream_tags=timecode");
  INFO(info);
  CHECK(has(info, "codec_name=h264"));
  CHECK(has(info, "field_order=tt"));
  CHECK(has(info, "r_frame_rate=30000/1001"));
  CHECK(has(info, "TAG:timecode=01:00:00;00"));
  const std::string frames = run("ffprobe -v error -select_streams v:0 -read_intervals %+#2 -show_entries "
                                 "frame=interlaced_frame,top_field_first -of default=nw=1 " +
                                 dir + "/clip.mp4")
                                 .out;
  INFO(frames);
  CHECK(has(frames, "interlaced_frame=1"));
  CHECK(has(frames, "top_field_first=1"));
  CHECK_FALSE(has(frames, "interlaced_frame=0"));
}

TEST_CASE("alpha modes: a half-covered edge pixel, straight and premultiplied, PNG and ProRes") {
  std::string dir = scratchDir("alpha-modes");
  RunResult r = run(render("--at 2 --out " + dir + "/straight.png --out " + dir + "/pm.png:premultiplied --out " + dir +
                           "/straight.mov:straight --out " + dir + "/pm.mov:premultiplied"));
  INFO(r.out);
  REQUIRE(r.status == 0);
  Image straight = loadPng(dir + "/straight.png");
  auto [x, y] = halfCoveredEdge(straight);
  REQUIRE(x >= 0);
  const uint8_t* s = straight.at(x, y);
  INFO("edge pixel (" << x << ", " << y << ") alpha " << int(s[3]));
  CHECK(std::abs(int(s[3]) - 128) <= 40);
  for (int c = 0; c < 3; ++c) CHECK(std::abs(int(s[c]) - kPlate[c]) <= 3); // colour unchanged

  auto checkPremultiplied = [&](const Image& img, int tolerance) {
    const uint8_t* p = img.at(x, y);
    CHECK(std::abs(int(p[3]) - int(s[3])) <= tolerance);
    for (int c = 0; c < 3; ++c) {
      CHECK(std::abs(int(p[c]) - premultiplied(kPlate[c], s[3])) <= tolerance);
      if (kPlate[c] > 16) CHECK(int(p[c]) < kPlate[c] - 8); // visibly darker than straight
    }
  };
  checkPremultiplied(loadPng(dir + "/pm.png"), 2);
  checkPremultiplied(decodeFrame(dir + "/pm.mov", 0, dir + "/pm-mov.png"), 4);
  Image movStraight = decodeFrame(dir + "/straight.mov", 0, dir + "/straight-mov.png");
  const uint8_t* m = movStraight.at(x, y);
  CHECK(std::abs(int(m[3]) - int(s[3])) <= 4);
  for (int c = 0; c < 3; ++c) CHECK(std::abs(int(m[c]) - kPlate[c]) <= 4);
}

TEST_CASE("--key sbs on a moving scene: fill and key halves of one frame come from the same picture") {
  std::string dir = scratchDir("key-sync");
  RunResult r = run(render("--size 960x540 --frames 3:9 --key sbs --out " + dir + "/sbs.mov"));
  INFO(r.out);
  REQUIRE(r.status == 0);
  REQUIRE(run(render("--size 960x540 --frames 2:10 --out " + dir + "/ref/")).status == 0);
  REQUIRE(run("ffmpeg -v error -y -i " + dir + "/sbs.mov -pix_fmt rgba " + dir + "/dec-%02d.png").status == 0);
  auto refAt = [&](int frame) {
    char name[32];
    std::snprintf(name, sizeof name, "/ref/frame-%06d.png", frame);
    return loadPng(dir + name);
  };
  // Pixels where the key half (grey) or the fill half (colour over black) disagree with a
  // straight-alpha render of `ref`.
  auto mismatches = [](const Image& sbs, const Image& ref) {
    size_t key = 0, fill = 0;
    for (int y = 0; y < ref.height; ++y)
      for (int x = 0; x < ref.width; ++x) {
        const uint8_t *f = sbs.at(x, y), *k = sbs.at(x + ref.width, y), *p = ref.at(x, y);
        key += std::abs(int(k[0]) - int(p[3])) > 6;
        bool off = false;
        for (int c = 0; c < 3; ++c) off = off || std::abs(int(f[c]) - premultiplied(p[c], p[3])) > 6;
        fill += off;
      }
    return std::pair{key, fill};
  };
  for (int k = 0; k < 7; ++k) {
    char name[32];
    std::snprintf(name, sizeof name, "/dec-%02d.png", k + 1);
    Image sbs = loadPng(dir + name);
    REQUIRE(sbs.width == 1920);
    const int frame = 3 + k;
    const size_t total = 960 * 540;
    auto [key, fill] = mismatches(sbs, refAt(frame));
    auto [keyBefore, fillBefore] = mismatches(sbs, refAt(frame - 1));
    auto [keyAfter, fillAfter] = mismatches(sbs, refAt(frame + 1));
    INFO("frame " << frame << ": key " << key << " fill " << fill << "; against the frames either side: key "
                  << keyBefore << "/" << keyAfter << " fill " << fillBefore << "/" << fillAfter);
    CHECK(key <= total / 1000);
    CHECK(fill <= total / 1000);
    // A half one frame out would show: the neighbours differ by far more.
    CHECK(std::min(keyBefore, keyAfter) > 20 * (key + 50));
    CHECK(std::min(fillBefore, fillAfter) > 20 * (fill + 50));
  }
}

TEST_CASE("timecode: drop-frame .mov, the time of day by default, ffmpeg: streams") {
  std::string dir = scratchDir("timecode");
  RunResult df =
      run(render("--size 640x360 --fps 29.97 --frames 0:2 --timecode '00:00:59;28' --out " + dir + "/df.mov"));
  INFO(df.out);
  REQUIRE(df.status == 0);
  const std::string dfInfo = probe(dir + "/df.mov", "stream=codec_tag_string:stream_tags=timecode");
  INFO(dfInfo);
  CHECK(has(dfInfo, "codec_tag_string=tmcd"));
  CHECK(has(dfInfo, "TAG:timecode=00:00:59;28"));

  // No --timecode: the local time of day at the first frame.
  const std::time_t before = std::time(nullptr);
  REQUIRE(run(render("--size 640x360 --fps 25 --frames 0:0 --out " + dir + "/tod.mp4")).status == 0);
  const std::string tod = probe(dir + "/tod.mp4", "stream_tags=timecode");
  INFO(tod);
  int h = -1, m = -1, s = -1, f = -1;
  REQUIRE(std::sscanf(tod.c_str() + tod.find("TAG:timecode=") + 13, "%d:%d:%d:%d", &h, &m, &s, &f) == 4);
  std::tm local{};
  localtime_r(&before, &local);
  const int now = local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec, label = h * 3600 + m * 60 + s;
  const int apart = std::abs(label - now);
  CHECK(std::min(apart, 86400 - apart) <= 60);
  CHECK(f < 25);

  RunResult ff = run(render("--size 640x360 --fps 25 --frames 0:1 --timecode 10:00:00:00 --out 'ffmpeg:-c:v "
                            "prores_ks -f mov " +
                            dir + "/stream.mov'"));
  INFO(ff.out);
  REQUIRE(ff.status == 0);
  CHECK(has(probe(dir + "/stream.mov", "stream_tags=timecode"), "TAG:timecode=10:00:00:00"));
}

TEST_CASE("broadcast options: clear refusals") {
  std::string dir = scratchDir("broadcast-refusals");
  struct Case {
    std::string args, says;
  };
  for (const Case& c :
       {Case{"--fps 25 --timecode '10:00:00;00' --out " + dir + "/a.mov", "drop-frame"},
        Case{"--fps 29.97 --timecode '00:01:00;00' --out " + dir + "/a.mov", "--timecode '00:01:00;00'"},
        Case{"--out " + dir + "/a.mp4:premultiplied", "H.264 has no alpha"},
        Case{"--key sbs --out " + dir + "/a.mov:straight", "--key sbs"},
        Case{"--fps 25i --out " + dir + "/a.mov", "50i, 59.94i"}}) {
    RunResult r = run(render("--at 1 " + c.args));
    INFO(c.args << " → " << r.out);
    CHECK(r.status == 2);
    CHECK(has(r.out, c.says));
  }
}
