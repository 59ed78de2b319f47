// Pushing revisions to a feed endpoint: every revision delivered once, in order, through
// a server that fails for a while; a refused token and an unreachable URL are errors.

#include "feeds/rehearsal/PushSink.h"

#include <doctest/doctest.h>
#include <httplib.h>

#include <mutex>
#include <thread>

using namespace landslide;
using namespace landslide::rehearsal;

namespace {

// A stand-in for serve's POST /api/feed that fails the first `failures` requests.
struct FakeFeedServer {
  httplib::Server server;
  std::thread thread;
  int port = 0;
  std::mutex mutex;
  std::vector<std::string> bodies;
  int failures = 0, requests = 0;
  std::string token;
  FakeFeedServer() {
    server.Post("/api/feed", [this](const httplib::Request& req, httplib::Response& res) {
      std::lock_guard lock(mutex);
      ++requests;
      if (!token.empty() && req.get_header_value("Authorization") != "Bearer " + token) {
        res.status = 401;
        res.set_content(R"({"ok":false,"error":"this server needs Authorization: Bearer <token>"})",
                        "application/json");
        return;
      }
      if (failures > 0) {
        --failures;
        res.status = 503;
        return;
      }
      bodies.push_back(req.body);
      res.set_content(R"({"ok":true})", "application/json");
    });
    port = server.bind_to_any_port("127.0.0.1");
    thread = std::thread([this] { server.listen_after_bind(); });
    while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~FakeFeedServer() {
    server.stop();
    thread.join();
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port); }
};

Revision revision(std::size_t n) {
  Revision r;
  r.number = n;
  r.text = "{\"revision\":" + std::to_string(n) + "}";
  return r;
}

} // namespace

TEST_CASE("push: a server failing mid-night gets every revision, in order") {
  FakeFeedServer fake;
  std::vector<std::string> notes;
  PushOptions o;
  o.url = fake.url();
  o.note = [&](const std::string& line) { notes.push_back(line); };
  PushSink sink(o);
  REQUIRE(sink.valid());
  REQUIRE(sink.deliver(revision(1)));
  {
    std::lock_guard lock(fake.mutex);
    fake.failures = 3; // down for three attempts: back-off 0.25 + 0.5 + 1 s
  }
  for (std::size_t n = 2; n <= 5; ++n) {
    const auto delivered = sink.deliver(revision(n));
    REQUIRE_MESSAGE(delivered, delivered.error());
  }
  std::lock_guard lock(fake.mutex);
  REQUIRE(fake.bodies.size() == 5);
  for (std::size_t n = 1; n <= 5; ++n) CHECK(fake.bodies[n - 1] == revision(n).text);
  CHECK(fake.requests == 8);
  CHECK(sink.retries() == 3);
  CHECK(notes.size() == 3);
  CHECK(notes[0].find("revision 2") != std::string::npos);
}

TEST_CASE("push: a refused token is one error, not retried") {
  FakeFeedServer fake;
  fake.token = "right";
  PushOptions o;
  o.url = fake.url();
  o.token = "wrong";
  PushSink sink(o);
  const auto refused = sink.deliver(revision(1));
  CHECK(!refused);
  CHECK(refused.error().find("token was refused") != std::string::npos);
  CHECK(fake.requests == 1);
  o.token = "right";
  PushSink good(o);
  CHECK(good.deliver(revision(1)));
}

TEST_CASE("push: an unreachable URL fails the first revision quickly; a bad URL at once") {
  int port = 0;
  {
    FakeFeedServer gone; // a port that was just free
    port = gone.port;
  }
  PushOptions o;
  o.url = "http://127.0.0.1:" + std::to_string(port);
  o.firstWindowSeconds = 1;
  PushSink sink(o);
  const auto start = std::chrono::steady_clock::now();
  const auto unreachable = sink.deliver(revision(1));
  CHECK(!unreachable);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  CHECK(unreachable.error().find("cannot deliver revision 1") != std::string::npos);
  PushSink bad(PushOptions{"ftp://x", "", 1, 1, 1, nullptr, {}});
  const auto invalid = bad.valid();
  CHECK(!invalid);
  CHECK(invalid.error().find("expected http://HOST:PORT") != std::string::npos);
}
