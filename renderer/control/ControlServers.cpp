#include "ControlServers.h"

#include <cstdlib>

#ifndef LANDSLIDE_VERSION
#define LANDSLIDE_VERSION "0.0.0"
#endif

namespace landslide {

bool parseControlOptions(const std::string& amcp, const std::string& http, std::string token, ControlOptions& out,
                         std::string& error) {
  auto endpoint = [&error](const std::string& flag, const std::string& text, Endpoint& into) {
    if (text.empty()) {
      into.off = true;
      return true;
    }
    auto parsed = parseEndpoint(text);
    if (!parsed)
      error = flag + " " + parsed.error();
    else
      into = *parsed;
    return parsed.ok();
  };
  if (!endpoint("--amcp", amcp, out.amcp) || !endpoint("--http", http, out.http)) return false;
  if (token.empty())
    if (const char* t = std::getenv("LANDSLIDE_HTTP_TOKEN")) token = t;
  out.token = token;
  if (!out.http.off && !isLoopback(out.http.host) && out.token.empty()) {
    error = "--http " + http + ": a non-loopback address needs --token (or LANDSLIDE_HTTP_TOKEN)";
    return false;
  }
  return true;
}

std::string ControlServers::version() { return LANDSLIDE_VERSION; }

ControlServers::ControlServers(LiveEngine& engine, const SceneRegistry& scenes, PushFeedSource* push,
                               ControlOptions options)
    : options_(std::move(options)), hub_(engine, scenes), handler_(hub_, version()), push_(push) {
  // Commands that fail become error events for monitors.
  hub_.setObserver([this](const Command& c, const CommandResult& r) {
    if (r.ok) return;
    bus_.publish(
        "error",
        {{"source", c.source}, {"command", std::string(toString(c.kind))}, {"layer", c.layer}, {"message", r.error}});
  });
}

ControlServers::~ControlServers() { stop(); }

bool ControlServers::start(std::string& error) {
  watcher_ = std::make_unique<StateWatcher>(hub_.engine().published(), hub_.cues(), bus_);
  if (!options_.amcp.off) {
    AmcpServerOptions o;
    o.host = options_.amcp.host;
    o.port = options_.amcp.port;
    amcp_ = std::make_unique<AmcpServer>(handler_, o);
    if (Expected<void> started = amcp_->start(); !started) {
      error = started.error();
      return false;
    }
  }
  if (!options_.http.off) {
    HttpOptions o;
    o.host = options_.http.host;
    o.port = options_.http.port;
    o.token = options_.token;
    o.show = options_.show;
    http_ = std::make_unique<HttpApi>(hub_, bus_, push_, o);
    if (auto started = http_->start(); !started) {
      error = started.error();
      return false;
    }
  }
  return true;
}

void ControlServers::stop() {
  if (stopped_) return;
  stopped_ = true;
  // Servers first (no new commands), then the watcher, then the hub, whose last
  // callbacks may still post to the (stopped, still alive) AMCP server.
  if (amcp_) amcp_->stop();
  if (http_) http_->stop();
  if (watcher_) watcher_->stop();
  hub_.stop();
}

} // namespace landslide
