#include "feeds/HttpFeedSource.h"

#include <httplib.h>

namespace landslide {

bool splitUrl(std::string_view url, std::string& schemeHostPort, std::string& path) {
  const auto scheme = url.find("://");
  if (scheme == std::string_view::npos) return false;
  const auto s = url.substr(0, scheme);
  if (s != "http" && s != "https") return false;
  const auto slash = url.find('/', scheme + 3);
  schemeHostPort = std::string(url.substr(0, slash));
  path = slash == std::string_view::npos ? "/" : std::string(url.substr(slash));
  return schemeHostPort.size() > scheme + 3;
}

HttpFeedSource::HttpFeedSource(std::string url, HttpFeedOptions options)
    : FeedSource(url), url_(std::move(url)), options_(options) {}

HttpFeedSource::~HttpFeedSource() { stop(); }

void HttpFeedSource::start() {
  if (worker_.joinable()) return;
  aborting_ = false;
  state_.setRunning(true);
  worker_ = std::jthread([this](std::stop_token stop) { run(stop); });
}

void HttpFeedSource::stop() {
  if (!worker_.joinable()) return;
  worker_.request_stop(); // ends the wait between polls at once
  {
    std::lock_guard lock(mutex_);
    aborting_ = true;
    if (activeClient_) activeClient_->stop(); // abort a request in flight
  }
  worker_.join();
  state_.setRunning(false);
}

void HttpFeedSource::pollNow() {
  {
    std::lock_guard lock(mutex_);
    pollRequested_ = true;
  }
  wake_.notify_all();
}

void HttpFeedSource::pollOnce(httplib::Client& client, const std::string& path) {
  httplib::Headers headers;
  if (!etag_.empty()) headers.emplace("If-None-Match", etag_);
  if (!lastModified_.empty()) headers.emplace("If-Modified-Since", lastModified_);
  std::string body;
  bool tooBig = false;
  bool notModified = false;
  const auto limit = options_.limits.maxBytes;
  auto res = client.Get(
      path, headers,
      [&](const httplib::Response& r) {
        notModified = r.status == 304;
        return true;
      },
      [&](const char* data, size_t len) {
        if (body.size() + len > limit) {
          tooBig = true;
          return false; // abort the transfer: the feed is over the size limit
        }
        body.append(data, len);
        return true;
      });
  if (aborting_) return; // stop() cut the request short: not the feed's failure
  if (notModified) {
    state_.unchanged();
    return;
  }
  if (tooBig) {
    state_.fail(url_ + " sent more than " + std::to_string(limit) + " bytes; a feed may be at most that", "size-limit");
    return;
  }
  if (!res) {
    state_.fail("cannot fetch " + url_ + ": " + httplib::to_string(res.error()), "http");
    return;
  }
  if (res->status != 200) {
    const std::string moved = res->get_header_value("Location");
    state_.fail(url_ + " answered HTTP " + std::to_string(res->status) +
                    (moved.empty() ? std::string() : "; the feed has moved to " + moved),
                "http");
    return;
  }
  // Remember validators even for a broken document: it stays broken until it changes.
  etag_ = res->get_header_value("ETag");
  lastModified_ = res->get_header_value("Last-Modified");
  state_.ingest(body, options_.limits);
}

void HttpFeedSource::run(std::stop_token stop) {
  std::string base, path;
  if (!splitUrl(url_, base, path)) {
    state_.fail("\"" + url_ + "\" is not an http:// or https:// URL", "http");
    state_.setRunning(false);
    return;
  }
  httplib::Client client(base);
  if (!client.is_valid()) {
    state_.fail("cannot make an HTTP client for " + base, "http");
    state_.setRunning(false);
    return;
  }
  const auto seconds = options_.timeout.count() / 1000;
  const auto micros = (options_.timeout.count() % 1000) * 1000;
  client.set_connection_timeout(seconds, micros);
  client.set_read_timeout(seconds, micros);
  // Off: cpp-httplib 0.11 treats a 304 as a redirect to follow and fails it. A moved
  // feed is reported with its new address instead.
  client.set_follow_location(false);
  // A fresh connection per poll: a poll every second or two gains nothing from
  // keep-alive, and a server closing an idle connection would show up as an error.
  client.set_keep_alive(false);
  client.enable_server_certificate_verification(options_.verifyTls);
  {
    std::lock_guard lock(mutex_);
    activeClient_ = &client;
  }
  while (!stop.stop_requested()) {
    {
      std::lock_guard lock(mutex_);
      pollRequested_ = false;
    }
    pollOnce(client, path);
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, stop, options_.interval, [this] { return pollRequested_; });
  }
  std::lock_guard lock(mutex_);
  activeClient_ = nullptr;
  state_.setRunning(false);
}

} // namespace landslide
