// HttpFeedSource against a local cpp-httplib server: ETag / If-Modified-Since give 304s
// and no re-parse; new content is picked up; failures keep the last good snapshot.

#include "SourceDocs.h"
#include "TestSupport.h"

#include "feeds/HttpFeedSource.h"

#include <doctest/doctest.h>
#include <httplib.h>

#include <mutex>
#include <thread>

using namespace landslide;
using namespace landslide::test;

namespace {

struct FeedServer {
  httplib::Server server;
  std::thread thread;
  int port = 0;
  std::mutex mutex;
  std::string body = feedDoc("v1");
  std::string etag = "\"v1\"";
  int status = 200;
  int full = 0, notModified = 0;
  std::string lastIfNoneMatch, lastIfModifiedSince;

  FeedServer() {
    server.Get("/feed.json", [this](const httplib::Request& req, httplib::Response& res) {
      std::lock_guard lock(mutex);
      lastIfNoneMatch = req.get_header_value("If-None-Match");
      lastIfModifiedSince = req.get_header_value("If-Modified-Since");
      if (status != 200) {
        res.status = status;
        return;
      }
      if (lastIfNoneMatch == etag) {
        ++notModified;
        res.status = 304;
        return;
      }
      ++full;
      res.set_header("ETag", etag);
      res.set_header("Last-Modified", "Thu, 04 Jul 2024 22:00:00 GMT");
      res.set_content(body, "application/json");
    });
    port = server.bind_to_any_port("127.0.0.1");
    thread = std::thread([this] { server.listen_after_bind(); });
    while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~FeedServer() {
    server.stop();
    thread.join();
  }
  void serve(std::string b, std::string tag, int s = 200) {
    std::lock_guard lock(mutex);
    body = std::move(b);
    etag = std::move(tag);
    status = s;
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port) + "/feed.json"; }
};

std::string currentName(const FeedSource& s) {
  auto snap = s.latest();
  return snap ? snap->election().name : std::string();
}

} // namespace

TEST_CASE("http source: ETag 304s, new revisions, failures keep the last good") {
  FeedServer server;
  HttpFeedOptions options;
  options.interval = std::chrono::milliseconds(20);
  options.timeout = std::chrono::milliseconds(2000);
  HttpFeedSource source(server.url(), options);
  source.start();
  REQUIRE(waitFor([&] { return currentName(source) == "v1"; }));
  REQUIRE(waitFor([&] {
    std::lock_guard lock(server.mutex);
    return server.notModified >= 3;
  }));
  {
    std::lock_guard lock(server.mutex);
    CHECK(server.full == 1); // every later poll was a 304
    CHECK(server.lastIfNoneMatch == "\"v1\"");
    CHECK(server.lastIfModifiedSince == "Thu, 04 Jul 2024 22:00:00 GMT");
  }
  CHECK(source.latest()->sourceRevision() == 1);
  for (const auto& e : source.health().lastErrors) MESSAGE(e.toString());
  CHECK(source.health().healthy());
  // The server counts a 304 before the source has recorded the attempt: wait for it.
  CHECK(waitFor([&] { return source.health().attempts >= 4u; }));

  server.serve(feedDoc("v2"), "\"v2\"");
  REQUIRE(waitFor([&] { return currentName(source) == "v2"; }));
  CHECK(source.latest()->sourceRevision() == 2);

  server.serve("{ not json", "\"v3\"");
  REQUIRE(waitFor([&] { return !source.health().lastErrors.empty(); }));
  CHECK(currentName(source) == "v2");
  CHECK(source.health().lastErrors[0].file == server.url());

  server.serve(feedDoc("v4"), "\"v4\"", 503);
  REQUIRE(waitFor([&] {
    auto h = source.health();
    return !h.lastErrors.empty() && h.lastErrors[0].reason.find("HTTP 503") != std::string::npos;
  }));
  CHECK(currentName(source) == "v2");

  server.serve(feedDoc("v4"), "\"v4\"", 200);
  REQUIRE(waitFor([&] { return currentName(source) == "v4"; }));
  CHECK(source.health().healthy());
  source.stop();
}

TEST_CASE("http source: oversized bodies are cut off; unreachable servers are reported") {
  FeedServer server;
  server.serve(std::string(10000, ' ') + feedDoc("big"), "\"big\"");
  HttpFeedOptions options;
  options.interval = std::chrono::milliseconds(20);
  options.limits.maxBytes = 4096;
  HttpFeedSource source(server.url(), options);
  source.start();
  REQUIRE(waitFor([&] { return !source.health().lastErrors.empty(); }));
  CHECK(source.health().lastErrors[0].rule == "size-limit");
  CHECK(source.latest() == nullptr);
  source.stop();

  HttpFeedOptions quick;
  quick.timeout = std::chrono::milliseconds(300);
  HttpFeedSource nowhere("http://127.0.0.1:1/feed.json", quick);
  nowhere.start();
  REQUIRE(waitFor([&] { return !nowhere.health().lastErrors.empty(); }));
  CHECK(nowhere.health().lastErrors[0].reason.find("cannot fetch") != std::string::npos);
  nowhere.stop();

  HttpFeedSource bad("ftp://example/feed.json");
  bad.start();
  REQUIRE(waitFor([&] { return !bad.health().lastErrors.empty(); }));
  CHECK(bad.health().lastErrors[0].reason.find("is not an http:// or https:// URL") != std::string::npos);
  bad.stop();

  std::string base, path;
  CHECK(splitUrl("https://results.example:8443/a/b.json?x=1", base, path));
  CHECK(base == "https://results.example:8443");
  CHECK(path == "/a/b.json?x=1");
  CHECK(splitUrl("http://host", base, path));
  CHECK(path == "/");
}
