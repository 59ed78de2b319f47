#pragma once
// AMCP and HTTP over one live engine, for `landslide serve` and the console: the hub
// (one command queue, cues), the event bus with its state watcher, and both servers.
// Start after the engine; stop before it.
#include "AmcpServer.h"
#include "Endpoint.h"
#include "EngineHub.h"
#include "EventBus.h"
#include "HttpApi.h"
#include "StateWatcher.h"

#include <memory>

namespace landslide {

struct ControlOptions {
  Endpoint amcp{"127.0.0.1", 5250, false};
  Endpoint http{"127.0.0.1", 8088, false};
  std::string token;        // HTTP bearer token (required off loopback)
  std::optional<Show> show; // --show: the rundown offered over HTTP
};

// --amcp, --http and --token as given to serve and the console ("" or "off" = no server).
// A non-loopback HTTP address needs a token (--token or LANDSLIDE_HTTP_TOKEN).
bool parseControlOptions(const std::string& amcp, const std::string& http, std::string token, ControlOptions& out,
                         std::string& error);

class ControlServers {
public:
  // push: the feed source behind POST /api/feed (may be null).
  ControlServers(LiveEngine& engine, const SceneRegistry& scenes, PushFeedSource* push, ControlOptions options);
  ~ControlServers();
  ControlServers(const ControlServers&) = delete;
  ControlServers& operator=(const ControlServers&) = delete;

  bool start(std::string& error);
  void stop();
  int amcpPort() const { return amcp_ ? amcp_->port() : 0; }
  int httpPort() const { return http_ ? http_->port() : 0; }
  EngineHub& hub() { return hub_; }

  static std::string version(); // Landslide's version (CMake project version)

private:
  ControlOptions options_;
  EngineHub hub_;
  EventBus bus_{256, 16}; // 16 event streams: each holds one of the HTTP workers (HttpOptions::threads)
  AmcpHandler handler_;
  PushFeedSource* push_;
  std::unique_ptr<StateWatcher> watcher_;
  std::unique_ptr<AmcpServer> amcp_;
  std::unique_ptr<HttpApi> http_;
  bool stopped_ = false;
};

} // namespace landslide
