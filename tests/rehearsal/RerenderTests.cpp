// A live night re-rendered from its as-run log: `serve` with a PNG-sequence output,
// driven through AMCP while `rehearse --push` replays seats into it; then
// `render --as-run LOG --feed-history DIR` must give the same frames, within the golden
// tolerance, for every frame the live channel wrote.

#include "Image.h"
#include "Run.h"

#include <doctest/doctest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

using namespace landslide::test;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void sleepMs(int ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); }

// A minimal AMCP client: one command, one reply line.
class Amcp {
public:
  explicit Amcp(int port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(uint16_t(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
  }
  ~Amcp() { ::close(fd_); }
  std::string send(const std::string& line) {
    const std::string out = line + "\r\n";
    REQUIRE(::write(fd_, out.data(), out.size()) == ssize_t(out.size()));
    std::string reply;
    char c;
    while (::read(fd_, &c, 1) == 1) {
      reply += c;
      if (reply.ends_with("\r\n")) break;
    }
    return reply.substr(0, reply.size() - 2);
  }

private:
  int fd_ = -1;
};

} // namespace

TEST_CASE("render --as-run reproduces the frames of a live serve driven through AMCP during a replay") {
  const std::string dir = scratchDir("rehearsal-rerender");
  const std::string bin = landslideBinary();
  const std::string lib = sourceDir() + "/tests/data/commons-library";
  const std::string channel = " --size 640x360 --fps 25";
  // serve in the background (its pid kept to stop it), ports read from its log.
  REQUIRE(run("cd " + dir + " && (" + bin + " serve --state-dir state --amcp 127.0.0.1:0 --http 127.0.0.1:0" + channel +
              " --out live/ >serve.out 2>serve.log & echo $! >serve.pid)")
              .status == 0);
  std::smatch m;
  std::string log;
  for (int i = 0; i < 600 && log.find("ready: ") == std::string::npos; ++i, sleepMs(100))
    log = slurp(dir + "/serve.log");
  REQUIRE_MESSAGE(log.find("ready: ") != std::string::npos, log);
  REQUIRE(std::regex_search(log, m, std::regex("AMCP on [^\\s]*:(\\d+)")));
  const int amcpPort = std::stoi(m[1]);
  REQUIRE(std::regex_search(log, m, std::regex("HTTP on http://[^\\s]*:(\\d+)/")));
  const std::string http = "http://127.0.0.1:" + m[1].str();
  const std::string pid = slurp(dir + "/serve.pid");

  // Four seats declared between 02:30 and 03:34: about five seconds at 900x, winner
  // first for half of them so that the layers see several revisions each.
  const std::string seats = " --only W07000049 --only W07000058 --only S14000001 --only S14000002";
  REQUIRE(run("cd " + dir + " && (" + bin + " rehearse --candidacies " + lib + "/ge2019/candidacies.csv" +
              " --constituencies " + lib + "/ge2019/constituencies.csv --previous-candidacies " + lib +
              "/ge2017/candidacies.csv --previous-constituencies " + lib + "/ge2017/constituencies.csv" + seats +
              " --date 2019-12-12 --speed 900 --winner-first 0.5 --push " + http +
              " >rehearse.out 2>rehearse.log; echo $? >rehearse.rc) &")
              .status == 0);
  {
    Amcp amcp(amcpPort);
    sleepMs(800);
    CHECK(amcp.send("CG 1-10 ADD 1 \"vote-bars\" 1 \"{\\\"contest\\\":\\\"W07000049\\\"}\"") == "202 CG OK");
    sleepMs(1500);
    CHECK(amcp.send("CG 1-20 ADD 1 \"result-card\" 1 \"{\\\"contest\\\":\\\"W07000058\\\"}\"") == "202 CG OK");
    sleepMs(1500);
    CHECK(amcp.send("CG 1-10 UPDATE 1 \"{\\\"contest\\\":\\\"S14000001\\\"}\"") == "202 CG OK");
    sleepMs(1200);
    CHECK(amcp.send("CG 1-20 STOP 1") == "202 CG OK");
    for (int i = 0; i < 600 && !fs::exists(dir + "/rehearse.rc"); ++i) sleepMs(100);
    sleepMs(1500);
    CHECK(amcp.send("CG 1-10 STOP 1") == "202 CG OK");
    sleepMs(1500);
  }
  CHECK(run("kill -TERM " + pid).status == 0);
  for (int i = 0; i < 300 && run("kill -0 " + pid + " 2>/dev/null").status == 0; ++i) sleepMs(100);
  INFO("rehearse: " << slurp(dir + "/rehearse.log"));
  REQUIRE(slurp(dir + "/rehearse.rc") == "0\n");

  // The history saw the replay's revisions go on air.
  const std::string index = slurp(dir + "/state/feed-history/index.jsonl");
  std::size_t onAir = 0;
  for (std::size_t at = 0; (at = index.find("\"on-air\"", at)) != std::string::npos; ++at) ++onAir;
  MESSAGE(onAir << " feed revisions went on air");
  CHECK(onAir >= 5);

  const RunResult r = run(bin + " render --as-run " + dir + "/state/landslide-as-run.jsonl --feed-history " + dir +
                          "/state/feed-history" + channel + " --out " + dir + "/again/");
  REQUIRE_MESSAGE(r.status == 0, r.out);
  std::size_t compared = 0, drawn = 0, differing = 0;
  std::string firstBad;
  Image previous;
  std::size_t changes = 0;
  std::vector<fs::path> frames;
  for (const auto& e : fs::directory_iterator(dir + "/live")) frames.push_back(e.path());
  std::sort(frames.begin(), frames.end());
  for (const fs::path& live : frames) {
    const fs::path again = fs::path(dir) / "again" / live.filename();
    REQUIRE_MESSAGE(fs::exists(again), again.string());
    const Image a = loadPng(live.string()), b = loadPng(again.string());
    const Comparison c = compare(b, a);
    ++compared;
    if (!c.passes()) {
      ++differing;
      if (firstBad.empty()) firstBad = live.filename().string() + ": " + std::to_string(c.differing) + " pixels";
    }
    bool any = false;
    for (std::size_t i = 3; i < a.rgba.size() && !any; i += 4) any = a.rgba[i] != 0;
    drawn += any ? 1 : 0;
    if (!previous.empty() && previous.rgba != a.rgba) ++changes;
    previous = a;
  }
  MESSAGE(compared << " live frames compared, " << drawn << " with graphics, " << changes << " changes");
  // A loaded machine drops live frames (the live sink drops rather than stall); what
  // the live channel did write must be there in numbers, with graphics, and moving.
  CHECK(compared >= 50);
  CHECK(drawn >= 20);
  CHECK(changes >= 10); // entrances, updates and exits: a timeline, not a still
  CHECK_MESSAGE(differing == 0, firstBad);
}
