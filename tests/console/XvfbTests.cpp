// The operator console for real: Xvfb + openbox, the landslide console at 1280x720 25 fps
// on the Mid Bedfordshire sample, driven with xdotool, checked from screenshots.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include "Image.h"
#include "Run.h"

#include <chrono>
#include <fstream>
#include <thread>
#include <unistd.h>

using namespace landslide::test;

namespace {

const std::string kFeed = "feeds/samples/by-elections-2023-10-19.json";
const std::string kMidBeds = "E14000813";

void pause(double seconds) { std::this_thread::sleep_for(std::chrono::milliseconds(int(seconds * 1000))); }

struct Display {
  std::string name;
  explicit Display(const std::string& dir) : name(":" + std::to_string(40 + getpid() % 50)) {
    run("Xvfb " + name + " -screen 0 3000x1100x24 -noreset > " + dir + "/xvfb.log 2>&1 & echo $! > " + dir +
        "/xvfb.pid");
    for (int i = 0; i < 50 && run("DISPLAY=" + name + " xdpyinfo >/dev/null 2>&1").status != 0; ++i) pause(0.1);
    run("DISPLAY=" + name + " openbox > " + dir + "/openbox.log 2>&1 & echo $! > " + dir + "/openbox.pid");
    pause(1.0);
    pidDir = dir;
  }
  ~Display() { run("kill $(cat " + pidDir + "/openbox.pid) $(cat " + pidDir + "/xvfb.pid) 2>/dev/null"); }
  std::string env() const { return "DISPLAY=" + name + " "; }
  std::string pidDir;
};

std::string windowId(const Display& d, const std::string& title) {
  for (int i = 0; i < 100; ++i) {
    RunResult r = run(d.env() + "xdotool search --name '" + title + "' | head -1");
    if (!r.out.empty() && r.out != "\n") return r.out.substr(0, r.out.find('\n'));
    pause(0.2);
  }
  return {};
}

Image capture(const Display& d, const std::string& window, const std::string& png) {
  // ffmpeg decodes an XWD file (its pipe demuxer cannot probe xwd's output).
  run(d.env() + "xwd -silent -id " + window + " -out " + png + ".xwd && ffmpeg -v error -y -i " + png +
      ".xwd -pix_fmt rgba " + png + " && rm " + png + ".xwd");
  Image img = loadPng(png);
  REQUIRE_MESSAGE(img.width > 0, "could not capture window " << window);
  for (size_t i = 3; i < img.rgba.size(); i += 4) img.rgba[i] = 255; // X gives depth-24 pixels: opaque
  return img;
}

void key(const Display& d, const std::string& console, const std::string& keys) {
  run(d.env() + "xdotool windowactivate --sync " + console + " key --delay 60 " + keys);
}

// Pixels close to a colour inside a rectangle.
size_t countNear(const Image& img, int r, int g, int b, int x0, int y0, int x1, int y1) {
  size_t n = 0;
  for (int y = std::max(0, y0); y < std::min(img.height, y1); ++y)
    for (int x = std::max(0, x0); x < std::min(img.width, x1); ++x) {
      const uint8_t* p = img.at(x, y);
      if (std::abs(p[0] - r) < 40 && std::abs(p[1] - g) < 40 && std::abs(p[2] - b) < 40) ++n;
    }
  return n;
}

size_t countNonBlack(const Image& img) {
  size_t n = 0;
  for (int y = 0; y < img.height; ++y)
    for (int x = 0; x < img.width; ++x)
      if (img.at(x, y)[0] + img.at(x, y)[1] + img.at(x, y)[2] > 30) ++n;
  return n;
}

// A straight-alpha golden composited over black, as an opaque program window shows it.
Image overBlack(Image img) {
  for (size_t i = 0; i < img.rgba.size(); i += 4) {
    for (int c = 0; c < 3; ++c) img.rgba[i + c] = uint8_t((img.rgba[i + c] * img.rgba[i + 3] + 127) / 255);
    img.rgba[i + 3] = 255;
  }
  return img;
}

std::string readFile(const std::string& path) {
  std::ifstream in(path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("console: cue with F1, TAKE, NEXT, OUT — monitors and program window follow; stall; golden") {
  const std::string dir = scratchDir("console-xvfb");
  const std::string root = sourceDir();
  {
    std::ofstream show(dir + "/show.json");
    show << R"({"name": "test", "items": [{"label": "Mid Beds bars", "scene": "vote-bars", "contest": ")" << kMidBeds
         << R"(", "layer": 10}]})";
  }
  Display display(dir);
  run("cd " + root + " && " + display.env() + "setsid " + landslideBinary() + " console --feed " + kFeed + " --show " +
      dir + "/show.json --size 1280x720 --fps 25 --as-run " + dir + "/as-run.jsonl > " + dir +
      "/console.log 2>&1 & echo $! > " + dir + "/console.pid");
  std::string console = windowId(display, "Landslide console");
  std::string program = windowId(display, "Landslide program");
  REQUIRE_FALSE(console.empty());
  REQUIRE_FALSE(program.empty());
  run(display.env() + "xdotool windowmove " + console + " 0 0 windowmove " + program + " 1650 0");
  pause(2.0);

  // The Program monitor sits in the right half of the monitor row of the 1600x900 console.
  auto programMonitorRed = [&](const Image& shot) { return countNear(shot, 0xE4, 0x00, 0x3B, 1000, 40, 1600, 420); };
  Image before = capture(display, console, dir + "/0-start.png");
  REQUIRE(before.width >= 1600);
  CHECK(programMonitorRed(before) < 50);
  CHECK(countNonBlack(capture(display, program, dir + "/0-program.png")) < 100);

  key(display, console, "F1");
  pause(1.0);
  Image cued = capture(display, console, dir + "/1-cued.png");
  CHECK(countNear(cued, 0xE4, 0x00, 0x3B, 400, 40, 1000, 420) > 100); // the Preview shows the cued bars
  CHECK(programMonitorRed(cued) < 50);                                // nothing on air yet

  key(display, console, "space");
  pause(4.0); // entrance and bar growth settle
  Image taken = capture(display, console, dir + "/2-taken.png");
  CHECK(programMonitorRed(taken) > 100);
  Image window = capture(display, program, dir + "/2-program.png");
  REQUIRE(window.width == 1280);
  REQUIRE(window.height == 720);
  CHECK(countNonBlack(window) > 50000);

  // The settled program window equals the render golden of the same scene (over black).
  Image golden = loadPng(root + "/tests/goldens/console/vote-bars-mid-bedfordshire-720p.png");
  Comparison c = compare(window, overBlack(golden));
  INFO(c.differing << " of " << c.total << " pixels differ (max " << c.maxDelta << ")");
  CHECK(c.passes());

  // NEXT, then the console stalls for 200 ms while page two animates in: the program
  // window keeps presenting new frames meanwhile.
  key(display, console, "n ctrl+shift+s");
  pause(2.0);
  std::string log = readFile(dir + "/console.log");
  auto at = log.find("presented ");
  REQUIRE(at != std::string::npos);
  CHECK(std::stoi(log.substr(at + 10)) >= 3); // 25 fps: 5 frames in 200 ms

  Image paged = capture(display, program, dir + "/3-next.png");
  CHECK(compare(paged, window).differing > 10000); // page two: change in share

  key(display, console, "Escape");
  pause(2.0);
  Image cleared = capture(display, console, dir + "/4-out.png");
  CHECK(programMonitorRed(cleared) < 50);
  CHECK(countNonBlack(capture(display, program, dir + "/4-program.png")) < 100);

  run("kill $(cat " + dir + "/console.pid)");
  pause(1.0);
  std::string asRun = readFile(dir + "/as-run.jsonl");
  CHECK(asRun.find("\"command\":\"TAKE\"") != std::string::npos);
  CHECK(asRun.find("\"command\":\"NEXT\"") != std::string::npos);
  CHECK(asRun.find("\"command\":\"OUT\"") != std::string::npos);
  CHECK(readFile(dir + "/console.log").find("dropped") != std::string::npos); // the exit summary
}

TEST_CASE("the console golden is the render golden: landslide render gives the same frame") {
  const std::string dir = scratchDir("console-golden");
  RunResult r = run("cd " + sourceDir() + " && " + landslideBinary() + " render --feed " + kFeed + " --contest " +
                    kMidBeds + " --scene vote-bars --size 1280x720 --fps 25 --at 6 --out " + dir + "/render.png");
  REQUIRE(r.status == 0);
  Comparison c = checkGolden(loadPng(dir + "/render.png"),
                             sourceDir() + "/tests/goldens/console/vote-bars-mid-bedfordshire-720p.png", dir);
  CHECK(c.passes());
}

// An AMCP line to the console's server; returns the first reply line.
std::string amcp(int port, const std::string& line) {
  RunResult r = run("python3 -c 'import socket,sys; s=socket.create_connection((\"127.0.0.1\"," + std::to_string(port) +
                    "),5); s.settimeout(5); s.sendall(sys.argv[1].encode()+b\"\\r\\n\"); "
                    "print(s.recv(4096).decode().splitlines()[0])' '" +
                    line + "'");
  return r.out.substr(0, r.out.find('\n'));
}

int portAfter(const std::string& log, const std::string& label) {
  auto at = log.find(label);
  if (at == std::string::npos) return 0;
  auto colon = log.find(':', log.find("127.0.0.1", at) + 9);
  return std::atoi(log.c_str() + colon + 1);
}

TEST_CASE("console with --amcp and --http: a CasparCG command and an HTTP clear drive the same program") {
  const std::string dir = scratchDir("console-remote");
  const std::string root = sourceDir();
  Display display(dir);
  run("cd " + root + " && " + display.env() + "setsid " + landslideBinary() + " console --feed " + kFeed +
      " --size 1280x720 --fps 25 --amcp 127.0.0.1:0 --http 127.0.0.1:0 --as-run " + dir + "/as-run.jsonl > " + dir +
      "/console.log 2>&1 & echo $! > " + dir + "/console.pid");
  std::string console = windowId(display, "Landslide console");
  std::string program = windowId(display, "Landslide program");
  REQUIRE_FALSE(console.empty());
  REQUIRE_FALSE(program.empty());
  std::string log;
  for (int i = 0; i < 100 && log.find("HTTP on") == std::string::npos; ++i, pause(0.1))
    log = readFile(dir + "/console.log");
  const int amcpPort = portAfter(log, "AMCP on");
  const int httpPort = portAfter(log, "HTTP on");
  INFO(log);
  REQUIRE(amcpPort > 0);
  REQUIRE(httpPort > 0);
  run(display.env() + "xdotool windowmove " + console + " 0 0 windowmove " + program + " 1650 0");
  pause(1.0);
  CHECK(countNonBlack(capture(display, program, dir + "/0-program.png")) < 100);

  // CasparCG's reply to a CG command (CasparCG Server 2.3, AMCPCommandsImpl.cpp: "202 CG OK").
  CHECK(amcp(amcpPort, R"(CG 1-10 ADD 1 "vote-bars" 1 "{\"contest\":\")" + kMidBeds + R"(\"}")") == "202 CG OK");
  pause(4.0);
  Image window = capture(display, program, dir + "/1-program.png");
  CHECK(countNonBlack(window) > 50000);
  Image shot = capture(display, console, dir + "/1-console.png");
  CHECK(countNear(shot, 0xE4, 0x00, 0x3B, 1000, 40, 1600, 420) > 100); // the Program monitor shows it too

  // The HTTP API serves the same program frame, then clears it.
  RunResult png = run("python3 -c 'import urllib.request,sys; open(sys.argv[2],\"wb\").write("
                      "urllib.request.urlopen(sys.argv[1],timeout=5).read())' http://127.0.0.1:" +
                      std::to_string(httpPort) + "/api/program.png " + dir + "/api-program.png");
  CHECK(png.status == 0);
  Image api = loadPng(dir + "/api-program.png");
  CHECK(api.width == 1280);
  CHECK(countNonBlack(api) > 50000);
  RunResult clear = run("python3 -c 'import urllib.request,sys; print(urllib.request.urlopen("
                        "urllib.request.Request(sys.argv[1],data=b\"\",method=\"POST\"),timeout=5).status)' "
                        "http://127.0.0.1:" +
                        std::to_string(httpPort) + "/api/clear");
  CHECK(clear.out.find("200") == 0);
  pause(1.5);
  CHECK(countNonBlack(capture(display, program, dir + "/2-program.png")) < 100);

  run("kill $(cat " + dir + "/console.pid)");
  pause(1.0);
  std::string asRun = readFile(dir + "/as-run.jsonl");
  CHECK(asRun.find("\"source\":\"amcp\"") != std::string::npos);
  CHECK(asRun.find("\"source\":\"http\"") != std::string::npos);
}
