#include "Endpoint.h"
#include "HttpSupport.h"
#include "HttpWorkers.h"
#include "StateJson.h"

#include <chrono>

namespace landslide {

using nlohmann::json;

void sendJson(httplib::Response& res, int status, const json& body) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(body.dump(2, ' ', false, json::error_handler_t::replace) + "\n", "application/json");
}

void sendError(httplib::Response& res, int status, const std::string& message) {
  sendJson(res, status, {{"ok", false}, {"error", message}});
}

void sendProblem(httplib::Response& res, int status, const Problem& problem) {
  json body = {{"ok", false}, {"error", problem.toString()}, {"path", problem.path}};
  if (!problem.rule.empty()) body["rule"] = problem.rule;
  sendJson(res, status, body);
}

void HttpApi::Impl::post(const std::string& pattern, std::size_t maxBytes, BodyHandler handler) {
  server.Post(pattern, [maxBytes, handler = std::move(handler)](const httplib::Request& req, httplib::Response& res,
                                                                const httplib::ContentReader& reader) {
    Expected<std::string> body = readBody(req, reader, maxBytes);
    if (!body) {
      res.set_header("Connection", "close");
      return sendProblem(res, statusFor(body.problem()), body.problem());
    }
    handler(req, res, *body);
  });
}

namespace {
bool sameSecret(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

std::string lowercase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// DNS rebinding: a page served from a name that resolves to 127.0.0.1 sends its own name
// as Host. Only the loopback names themselves (and the address served), with this
// server's port or none, may reach a loopback server.
bool loopbackHost(const std::string& header, const std::string& served, int port) {
  const std::string host = lowercase(header);
  std::string name = host;
  if (std::size_t colon = host.rfind(':'); colon != std::string::npos && host.back() != ']') {
    name = host.substr(0, colon);
    const std::string p = host.substr(colon + 1);
    if (!p.empty() && p != std::to_string(port)) return false;
  }
  const std::string own = served.find(':') != std::string::npos ? "[" + served + "]" : served;
  return name == "localhost" || name == "127.0.0.1" || name == "[::1]" || name == lowercase(own);
}

} // namespace

// Refuses (and answers) requests that must not reach a handler.
bool HttpApi::Impl::allowed(const httplib::Request& req, httplib::Response& res) const {
  const std::string host = req.get_header_value("Host");
  if (isLoopback(options.host) && req.has_header("Host") && !loopbackHost(host, options.host, port)) {
    sendError(res, 403, "Host '" + printable(host) + "' is not a loopback name");
    return false;
  }
  // A browser page from another origin may not drive the playout.
  if (req.has_header("Origin") && req.get_header_value("Origin") != "http://" + host) {
    sendError(res, 403, "requests from other web origins are refused");
    return false;
  }
  if (!options.token.empty()) {
    const std::string auth = req.get_header_value("Authorization");
    bool ok = auth.starts_with("Bearer ") && sameSecret(auth.substr(7), options.token);
    // EventSource and <img> cannot send headers: GETs may carry ?token=.
    ok = ok || (req.method == "GET" && sameSecret(req.get_param_value("token"), options.token));
    if (!ok) {
      res.set_header("WWW-Authenticate", "Bearer");
      sendError(res, 401, "this server needs Authorization: Bearer <token>");
      return false;
    }
  }
  return true;
}

void HttpApi::Impl::routeReads() {
  server.Get("/api/state", [this](const httplib::Request&, httplib::Response& res) {
    sendJson(res, 200, stateJson(hub.state(), hub.cues().all()));
  });
  server.Get("/api/health", [this](const httplib::Request&, httplib::Response& res) {
    EngineState s = hub.state();
    bool feedsOk = true, sinksOk = true;
    json feeds = json::array(), sinks = json::array();
    for (const SourceHealth& h : s.feeds) {
      feedsOk = feedsOk && (h.healthy() || h.source == "push");
      feeds.push_back({{"source", h.source}, {"healthy", h.healthy()}});
    }
    for (const SinkView& v : s.sinks) {
      sinksOk = sinksOk && v.failure.empty();
      sinks.push_back({{"spec", v.spec}, {"ok", v.failure.empty()}, {"dropped", v.dropped}});
    }
    const auto now = std::chrono::steady_clock::now();
    const bool renderStalled = stalled(s, now); // stuck in one frame (issue 12: a 100 KB title)
    bool ok = s.ticks > 0 && feedsOk && sinksOk && !renderStalled && s.journal.ok;
    sendJson(res, ok ? 200 : 503,
             {{"ok", ok},
              {"frame", s.frame},
              {"ticks", s.ticks},
              {"stalled", renderStalled},
              {"lastTickAgeMs", s.ticks > 0 ? tickAge(s, now).count() : 0},
              {"framesDropped", s.framesDropped},
              {"feeds", feeds},
              {"sinks", sinks},
              {"journal", {{"ok", s.journal.ok}, {"error", s.journal.ok ? json(nullptr) : json(s.journal.error)}}}});
  });
  server.Get("/api/scenes",
             [this](const httplib::Request&, httplib::Response& res) { sendJson(res, 200, scenesJson(hub.scenes())); });
  server.Get("/api/contests", [this](const httplib::Request&, httplib::Response& res) {
    sendJson(res, 200, contestsJson(hub.state().data));
  });
  server.Get("/api/asrun", [this](const httplib::Request& req, httplib::Response& res) {
    std::size_t count = 100;
    if (req.has_param("count")) count = std::strtoul(req.get_param_value("count").c_str(), nullptr, 10);
    sendJson(res, 200, asRunJson(hub.asRun(std::min<std::size_t>(count, 10000))));
  });
  server.Get("/api/program.png", [this](const httplib::Request&, httplib::Response& res) {
    auto frame = hub.latestFrame();
    auto bytes = png.encode(frame);
    if (!bytes) return sendError(res, 503, "no program frame yet");
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Landslide-Frame", std::to_string(frame->number));
    res.set_content(*bytes, "image/png");
  });
  server.Get("/api/events", [this](const httplib::Request&, httplib::Response& res) {
    auto sub = bus.subscribe();
    if (!sub) return sendError(res, 503, "too many event streams");
    bus.sendTo(sub, "hello", stateJson(hub.state(), hub.cues().all()));
    res.set_header("Cache-Control", "no-store");
    auto lastWrite = std::make_shared<std::chrono::steady_clock::time_point>(std::chrono::steady_clock::now());
    res.set_chunked_content_provider(
        "text/event-stream",
        [this, sub, lastWrite](std::size_t, httplib::DataSink& sink) {
          if (stopping || sub->closed() || !sink.is_writable()) {
            sink.done();
            return true;
          }
          std::string text;
          for (const ServerEvent& e : sub->wait(std::chrono::milliseconds(500))) text += e.text();
          auto now = std::chrono::steady_clock::now();
          if (text.empty() && now - *lastWrite > std::chrono::seconds(15)) text = ": keepalive\n\n";
          if (text.empty()) return true; // nothing yet: asked again
          *lastWrite = now;
          // A client that does not read its events loses its stream, not a worker.
          HttpServer::writeWithin(std::chrono::seconds(10));
          return sink.write(text.data(), text.size());
        },
        [this, sub](bool) { bus.unsubscribe(sub); });
  });
}

HttpApi::HttpApi(ControlHub& hub, EventBus& bus, PushFeedSource* push, HttpOptions options)
    : impl_(std::make_unique<Impl>(hub, bus, push, std::move(options))) {}

HttpApi::~HttpApi() { stop(); }

Expected<void> HttpApi::start() {
  Impl& m = *impl_;
  if (!isLoopback(m.options.host) && m.options.token.empty())
    return Problem::error(
        "", "", "--http " + m.options.host + ": a non-loopback address needs --token (or LANDSLIDE_HTTP_TOKEN)",
        "http-token");
  const auto threads = static_cast<std::size_t>(m.options.threads);
  m.server.new_task_queue = [threads] { return new HttpWorkers(threads); };
  m.server.set_keep_alive_timeout(5);
  m.server.set_payload_max_length(kFeedBodyBytes); // handlers read their own bodies; this is for any other
  m.server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (impl_->allowed(req, res)) return httplib::Server::HandlerResponse::Unhandled;
    HttpServer::closeAfterReply(); // a body, if any, is not read
    res.set_header("Connection", "close");
    return httplib::Server::HandlerResponse::Handled;
  });
  m.server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "internal error";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {}
    sendError(res, 500, what);
  });
  m.server.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (res.body.empty()) sendError(res, res.status, res.status == 404 ? "no such endpoint: " + req.path : "error");
  });
  m.routeReads();
  m.routeCommands();
  m.routeShow();
  m.routeRefusals();
  if (m.options.port == 0) {
    m.port = m.server.bind_to_any_port(m.options.host);
  } else {
    m.port = m.server.bind_to_port(m.options.host, m.options.port) ? m.options.port : -1;
  }
  if (m.port < 0)
    return Problem::error(
        "", "", "HTTP: cannot listen on " + Endpoint{m.options.host, m.options.port, false}.toString(), "http-listen");
  m.server.widenBacklog(256);
  m.thread = std::thread([&m] { m.server.listen_after_bind(); });
  for (int i = 0; i < 2000 && !m.server.is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return {};
}

// Anything else with a body: answered without reading it (httplib would read a chunked
// one without a bound).
void HttpApi::Impl::routeRefusals() {
  auto refuse = [](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader&) {
    HttpServer::closeAfterReply();
    res.set_header("Connection", "close");
    if (req.method == "POST") return sendError(res, 404, "no such endpoint: POST " + req.path);
    sendError(res, 405, req.method + " is not used by this API (GET and POST are)");
  };
  server.Post(".*", refuse);
  server.Put(".*", refuse);
  server.Patch(".*", refuse);
  server.Delete(".*", refuse);
}

void HttpApi::stop() {
  Impl& m = *impl_;
  if (!m.thread.joinable()) return;
  m.stopping = true;
  m.bus.closeAll(); // event streams end, so their workers come back
  m.server.stop();
  m.thread.join();
}

int HttpApi::port() const { return impl_->port; }

} // namespace landslide
