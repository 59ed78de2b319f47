// Bad input to the render command: one clear line naming the problem, non-zero exit,
// never a crash or a hang.
#include <doctest/doctest.h>

#include "Run.h"

using namespace landslide::test;

namespace {
void expectError(const std::string& args, const std::string& fragment) {
  RunResult r = run("timeout 60 " + landslideBinary() + " " + args);
  INFO(args << "\n" << r.out);
  CHECK(r.status != 0);
  CHECK(r.status != 124); // not a hang
  CHECK(r.status < 128);  // not a signal
  CHECK(r.out.find(fragment) != std::string::npos);
}
} // namespace

TEST_CASE("bad sizes, scenes, specs and paths") {
  std::string dir = scratchDir("cli-errors");
  expectError("render --scene test-card --size 0x0 --out " + dir + "/a.png", "--size '0x0'");
  expectError("render --scene test-card --size 100000x100000 --out " + dir + "/a.png", "--size '100000x100000'");
  expectError("render --scene nope --out " + dir + "/a.png", "unknown scene 'nope'");
  expectError("render --scene test-card --out " + dir + "/a.gif", "--out '" + dir + "/a.gif'");
  expectError("render --scene test-card --at 1 --out /nonexistent-dir/a.png", "/nonexistent-dir");
  expectError("render --scene test-card --at 1 --out /proc/a.png", "not writable");
  expectError("render --scene test-card --frames 0:3 --out " + dir + "/a.png", "holds one frame");
  expectError("render --scene test-card --fps 0 --out " + dir + "/a.png", "--fps '0'");
  expectError("render --scene test-card --steps '1 fly' --out " + dir + "/a.png", "unknown command 'fly'");
  expectError("render --scene test-card --theme /nonexistent/theme.json --at 1 --out " + dir + "/a.png",
              "/nonexistent/theme.json");
}

TEST_CASE("a theme naming a missing font fails with the font's path") {
  std::string dir = scratchDir("missing-font");
  // Every required role (a theme missing one is refused first), each naming the missing file.
  std::string roles;
  for (const char* role : {"headline", "title", "body", "label", "figures"})
    roles += std::string(roles.empty() ? "" : ",") + "\"" + role + "\":{\"file\":\"/nope/Gone.otf\",\"size\":30}";
  RunResult w = run("printf '%s' '{\"fonts\":{" + roles + "}}' > " + dir + "/t.json");
  REQUIRE(w.status == 0);
  expectError("render --scene test-card --theme " + dir + "/t.json --at 1 --out " + dir + "/a.png", "/nope/Gone.otf");
}

TEST_CASE("an ffmpeg that exits early is reported, not a hang or a crash") {
  std::string dir = scratchDir("ffmpeg-early");
  // -frames:v 1 makes ffmpeg stop reading after the first frame.
  expectError("render --scene test-card --frames 0:200 --out 'ffmpeg:-frames:v 1 -f null -t 0.001 /nonexistent/x.nut'",
              "ffmpeg");
  expectError("render --scene test-card --frames 0:10 --out 'ffmpeg:-f notaformat " + dir + "/x'", "ffmpeg");
}

TEST_CASE("an OBS stream nobody connects to is stopped after a grace, not waited on forever") {
  RunResult port = run("python3 -c 'import socket; s=socket.socket(); s.bind((\"127.0.0.1\", 0)); "
                       "print(s.getsockname()[1])'");
  REQUIRE(port.status == 0);
  // ffmpeg listens for OBS and never finishes on its own: the sink stops it (3 s grace).
  expectError("render --scene test-card --size 320x180 --frames 0:5 --out obs:" + std::to_string(std::stoi(port.out)),
              "nobody connected");
}
