#pragma once
// HttpFeedSource: polls an http:// or https:// URL, sending If-None-Match and
// If-Modified-Since so that an unchanged feed costs a 304 and no parse.

#include "feeds/FeedSource.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace httplib {
class Client;
}

namespace landslide {

struct HttpFeedOptions {
  std::chrono::milliseconds interval{2000}; // between polls
  std::chrono::milliseconds timeout{5000};  // connect and read
  bool verifyTls = true;
  JsonLimits limits;
};

class HttpFeedSource final : public FeedSource {
public:
  explicit HttpFeedSource(std::string url, HttpFeedOptions options = {});
  ~HttpFeedSource() override;

  void start() override;
  void stop() override;
  void pollNow(); // wake the worker for an immediate poll

private:
  void run(std::stop_token stop);
  void pollOnce(httplib::Client& client, const std::string& path);

  std::string url_;
  HttpFeedOptions options_;
  std::mutex mutex_;
  std::condition_variable_any wake_; // wakes on pollNow() and on the stop request
  bool pollRequested_ = false;
  std::atomic<bool> aborting_{false};
  httplib::Client* activeClient_ = nullptr; // guarded by mutex_, so stop() can abort a request
  std::string etag_;
  std::string lastModified_;
  std::jthread worker_; // last: joined before the members it uses go
};

// Splits "https://host:8443/path?q" into "https://host:8443" and "/path?q".
bool splitUrl(std::string_view url, std::string& schemeHostPort, std::string& path);

} // namespace landslide
