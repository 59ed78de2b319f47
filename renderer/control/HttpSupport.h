#pragma once
// Shared by the HTTP API's files: the server state and small reply helpers.
#include "HttpApi.h"
#include "ProgramPng.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <optional>
#include <thread>

namespace landslide {

struct HttpApi::Impl {
  ControlHub& hub;
  EventBus& bus;
  PushFeedSource* push;
  HttpOptions options;
  httplib::Server server;
  std::thread thread;
  ProgramPng png;
  std::atomic<bool> stopping{false};
  int port = 0;

  Impl(ControlHub& h, EventBus& b, PushFeedSource* p, HttpOptions o) : hub(h), bus(b), push(p), options(std::move(o)) {}
  void routeReads();    // HttpApi.cpp
  void routeCommands(); // HttpCommands.cpp
  void routeShow();     // HttpShow.cpp
  bool allowed(const httplib::Request& req, httplib::Response& res) const;
};

void sendJson(httplib::Response& res, int status, const nlohmann::json& body);
void sendError(httplib::Response& res, int status, const std::string& message);
// The request body as a JSON object ({} when empty); nullopt after answering 400.
std::optional<nlohmann::json> bodyObject(const httplib::Request& req, httplib::Response& res);

} // namespace landslide
