// Output files checked with the real ffmpeg/ffprobe: alpha survives, colour is straight.
#include <doctest/doctest.h>

#include "Image.h"
#include "Run.h"

#include <algorithm>
#include <cstdlib>

using namespace landslide::test;

namespace {

constexpr int kPlate[3] = {0x0B, 0x1B, 0x2E}; // the default theme's plate colour

// Checks the alpha contract on a decoded straight-alpha frame of the settled test card:
// background alpha 0, plate interior opaque-ish, and the rounded corner's part-covered
// pixels keep the plate's straight colour within ±3.
void checkAlphaContract(const Image& img) {
  REQUIRE(img.width == 1920);
  CHECK(img.at(10, 10)[3] == 0);
  CHECK(img.at(960, 300)[3] == 0);
  const uint8_t* inside = img.at(400, 1000);
  CHECK(inside[3] >= 235);
  int edges = 0;
  for (int y = 780; y < 1030; ++y)
    for (int x = 90; x < 104; ++x) {
      const uint8_t* p = img.at(x, y);
      if (p[3] < 60 || p[3] > 180) continue;
      ++edges;
      for (int ch = 0; ch < 3; ++ch) CHECK(std::abs(int(p[ch]) - kPlate[ch]) <= 3);
    }
  CHECK(edges >= 2); // the plate's rounded corners give part-covered pixels
}

} // namespace

TEST_CASE("PNG output: straight alpha") {
  std::string dir = scratchDir("png-alpha");
  RunResult r = run(landslideBinary() + " render --scene test-card --at 2 --out " + dir + "/f.png");
  REQUIRE(r.status == 0);
  checkAlphaContract(loadPng(dir + "/f.png"));
}

TEST_CASE("ProRes 4444 .mov keeps alpha; decoded frame meets the alpha contract") {
  std::string dir = scratchDir("mov-alpha");
  RunResult r = run(landslideBinary() + " render --scene test-card --frames 95:100 --out " + dir + "/clip.mov");
  INFO(r.out);
  REQUIRE(r.status == 0);
  RunResult probe =
      run("ffprobe -v error -select_streams v:0 -show_entries stream=codec_name,pix_fmt,width,height,nb_frames "
          "-of default=nw=1 " +
          dir + "/clip.mov");
  INFO(probe.out);
  CHECK(probe.out.find("codec_name=prores") != std::string::npos);
  CHECK(probe.out.find("pix_fmt=yuva444p") != std::string::npos);
  CHECK(probe.out.find("nb_frames=6") != std::string::npos);
  RunResult decode =
      run("ffmpeg -v error -y -i " + dir + "/clip.mov -frames:v 1 -pix_fmt rgba " + dir + "/decoded.png");
  REQUIRE(decode.status == 0);
  checkAlphaContract(loadPng(dir + "/decoded.png"));
}

TEST_CASE("H.264 .mp4: the graphic over black, right size and frame count") {
  std::string dir = scratchDir("mp4");
  RunResult r = run(landslideBinary() + " render --scene test-card --size 1280x720 --fps 25 --frames 0:49 --out " +
                    dir + "/clip.mp4");
  INFO(r.out);
  REQUIRE(r.status == 0);
  RunResult probe = run("ffprobe -v error -select_streams v:0 -count_frames -show_entries "
                        "stream=codec_name,width,height,nb_read_frames,r_frame_rate "
                        "-of default=nw=1 " +
                        dir + "/clip.mp4");
  INFO(probe.out);
  CHECK(probe.out.find("codec_name=h264") != std::string::npos);
  CHECK(probe.out.find("width=1280") != std::string::npos);
  CHECK(probe.out.find("nb_read_frames=50") != std::string::npos);
  CHECK(probe.out.find("r_frame_rate=25/1") != std::string::npos);
}

TEST_CASE("raw RGBA on stdout: exact byte count, straight alpha") {
  std::string dir = scratchDir("stdout");
  // A subshell keeps the renderer's stderr out of the captured stdout.
  RunResult r =
      run("(" + landslideBinary() + " render --scene test-card --size 640x360 --frames 0:3 --out - 2>/dev/null) > " +
          dir + "/raw.rgba");
  REQUIRE(r.status == 0);
  RunResult size = run("stat -c %s " + dir + "/raw.rgba");
  CHECK(std::stoll(size.out) == 640LL * 360 * 4 * 4);
}

TEST_CASE("key outputs: side by side fill|key and key only") {
  std::string dir = scratchDir("key");
  REQUIRE(run(landslideBinary() + " render --scene test-card --at 2 --key sbs --out " + dir + "/sbs.png").status == 0);
  Image sbs = loadPng(dir + "/sbs.png");
  REQUIRE(sbs.width == 3840);
  CHECK(sbs.at(10, 10)[3] == 255);           // opaque everywhere
  CHECK(sbs.at(1920 + 400, 1000)[0] >= 235); // key: plate is white-ish
  CHECK(sbs.at(1920 + 10, 10)[0] == 0);      // key: background black
  CHECK(sbs.at(400, 1000)[2] < 60);          // fill: plate colour, premultiplied
  REQUIRE(run(landslideBinary() + " render --scene test-card --at 2 --key only --out " + dir + "/key.png").status == 0);
  Image key = loadPng(dir + "/key.png");
  CHECK(key.width == 1920);
  CHECK(key.at(400, 1000)[1] == key.at(400, 1000)[0]);
}
