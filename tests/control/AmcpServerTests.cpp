// The AMCP server over real loopback sockets: idle connections time out, and a server
// full of idle connections still lets a new client in (256 idle ones locked everyone out).
#include "control/AmcpServer.h"

#include <doctest/doctest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace landslide;

namespace {

// PING and VERSION need nothing from the playout.
class NoHub final : public ControlHub {
public:
  const SceneRegistry& scenes() const override { return registry_; }
  EngineState state() const override { return {}; }
  void submit(Command, Done done) override { done({false, "no engine", -1}); }
  CueTable& cues() override { return cues_; }
  void record(std::string_view, const Command&, const std::string&) override {}
  std::vector<AsRunEntry> asRun(std::size_t) const override { return {}; }
  std::shared_ptr<const VideoFrame> latestFrame() const override { return nullptr; }

private:
  SceneRegistry registry_;
  CueTable cues_;
};

class Client {
public:
  explicit Client(int port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  }
  ~Client() { ::close(fd_); }
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  bool connected() const { return connected_; }
  void send(const std::string& s) { (void)!::send(fd_, s.data(), s.size(), MSG_NOSIGNAL); }
  // Reads until `want` bytes arrived, the peer closed, or the time is up.
  std::string read(std::size_t want, int timeoutMs = 3000) {
    std::string out;
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (out.size() < want && std::chrono::steady_clock::now() < end) {
      pollfd p{fd_, POLLIN, 0};
      if (::poll(&p, 1, 50) <= 0) continue;
      char buf[512];
      const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
      if (n <= 0) {
        closed_ = true;
        break;
      }
      out.append(buf, static_cast<std::size_t>(n));
    }
    return out;
  }
  // Whether the server closed the connection within the time.
  bool closedWithin(int timeoutMs) {
    read(1 << 20, timeoutMs);
    return closed_;
  }

private:
  int fd_;
  bool connected_ = false;
  bool closed_ = false;
};

struct Server {
  NoHub hub;
  AmcpHandler handler{hub, "0.1.0"};
  AmcpServer server;
  explicit Server(AmcpServerOptions o) : server(handler, withAnyPort(o)) { REQUIRE(server.start()); }
  static AmcpServerOptions withAnyPort(AmcpServerOptions o) {
    o.port = 0;
    return o;
  }
  int port() const { return server.port(); }
};

} // namespace

TEST_CASE("AMCP server: a connection that sends nothing is closed after the idle timeout") {
  AmcpServerOptions o;
  o.idleTimeoutSeconds = 1;
  Server s(o);
  Client idle(s.port()), active(s.port());
  REQUIRE(idle.connected());
  REQUIRE(active.connected());
  // The active one keeps talking past the timeout and stays.
  for (int i = 0; i < 6; ++i) {
    active.send("PING " + std::to_string(i) + "\r\n");
    CHECK(active.read(8) == "PONG " + std::to_string(i) + "\r\n");
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
  }
  CHECK(idle.closedWithin(2000));
  active.send("PING x\r\n");
  CHECK(active.read(8) == "PONG x\r\n");
}

TEST_CASE("AMCP server: full of idle connections, a new client still gets in") {
  AmcpServerOptions o;
  o.maxClients = 8;
  Server s(o);
  std::vector<std::unique_ptr<Client>> idle;
  for (int i = 0; i < 8; ++i) {
    idle.push_back(std::make_unique<Client>(s.port()));
    idle.back()->send("PING\r\n"); // answered: the server has the session
    REQUIRE(idle.back()->read(6) == "PONG\r\n");
  }
  CHECK(s.server.clients() == 8);
  Client late(s.port());
  late.send("VERSION\r\n");
  CHECK(late.read(20).starts_with("201 VERSION OK\r\n"));
  // The one idle longest made room; the others are still there.
  CHECK(idle.front()->closedWithin(2000));
  idle[1]->send("PING y\r\n");
  CHECK(idle[1]->read(8) == "PONG y\r\n");
  CHECK(s.server.clients() == 8);
}
