#pragma once
// Shared by the HTTP API's files: the server state and small reply helpers.
#include "HttpApi.h"
#include "HttpBody.h"
#include "HttpServer.h"
#include "ProgramPng.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <functional>
#include <optional>
#include <thread>

namespace landslide {

using Req = httplib::Request;
using Res = httplib::Response;

// What a client may send: a command body, and within it a layer's options (kept small so
// that /api/state and the journal stay small); a feed is what the feed parser takes.
constexpr std::size_t kCommandBodyBytes = 256u << 10;
constexpr std::size_t kOptionsBytes = 64u << 10;
constexpr JsonLimits kCommandJson{kCommandBodyBytes, 32, 20000};
constexpr std::size_t kFeedBodyBytes = JsonLimits{}.maxBytes;

struct HttpApi::Impl {
  ControlHub& hub;
  EventBus& bus;
  PushFeedSource* push;
  HttpOptions options;
  HttpServer server;
  std::thread thread;
  ProgramPng png;
  std::atomic<bool> stopping{false};
  int port = 0;

  Impl(ControlHub& h, EventBus& b, PushFeedSource* p, HttpOptions o) : hub(h), bus(b), push(p), options(std::move(o)) {}
  void routeReads();    // HttpApi.cpp
  void routeCommands(); // HttpCommands.cpp
  void routeShow();     // HttpShow.cpp
  void routeRefusals(); // HttpApi.cpp: what no route takes
  bool allowed(const httplib::Request& req, httplib::Response& res) const;

  // A POST route whose handler gets the body (at most maxBytes, any content type).
  using BodyHandler = std::function<void(const httplib::Request&, httplib::Response&, const std::string& body)>;
  void post(const std::string& pattern, std::size_t maxBytes, BodyHandler handler);
};

void sendJson(httplib::Response& res, int status, const nlohmann::json& body);
void sendError(httplib::Response& res, int status, const std::string& message);
// {"ok": false, "error": "PATH: reason", "path": PATH, "rule": RULE}
void sendProblem(httplib::Response& res, int status, const Problem& problem);

} // namespace landslide
