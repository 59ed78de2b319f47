#include "feeds/rehearsal/PushSink.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <thread>

namespace landslide::rehearsal {

struct PushSink::Client {
  explicit Client(const std::string& base) : http(base) {}
  httplib::Client http;
};

PushSink::PushSink(PushOptions options) : options_(std::move(options)) {
  const std::string& u = options_.url;
  const auto scheme = u.find("://");
  if (scheme == std::string::npos || (u.compare(0, scheme, "http") != 0 && u.compare(0, scheme, "https") != 0)) {
    urlError_ = "--push '" + u + "': expected http://HOST:PORT";
    return;
  }
  const auto slash = u.find('/', scheme + 3);
  base_ = u.substr(0, slash);
  path_ = slash == std::string::npos || slash + 1 == u.size() ? "/api/feed" : u.substr(slash);
  client_ = std::make_unique<Client>(base_);
  if (!client_->http.is_valid()) {
    urlError_ = "--push '" + u + "': cannot make an HTTP client for it";
    return;
  }
  const auto s = time_t(options_.timeoutSeconds);
  const auto us = time_t((options_.timeoutSeconds - double(s)) * 1e6);
  client_->http.set_connection_timeout(s, us);
  client_->http.set_read_timeout(s, us);
  client_->http.set_write_timeout(s, us);
  client_->http.set_keep_alive(true);
}

PushSink::~PushSink() = default;

namespace {

Problem pushProblem(std::string reason) { return Problem::error("", "", std::move(reason), "push"); }

// The first error a 422 reply names, for a one-line message.
std::string firstReason(const std::string& body) {
  const auto j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_object() && j.contains("errors") && j["errors"].is_array() && !j["errors"].empty()) {
    const auto& e = j["errors"][0];
    return e.value("path", std::string()) + ": " + e.value("reason", std::string());
  }
  if (j.is_object() && j.contains("error") && j["error"].is_string()) return j["error"].get<std::string>();
  return body.substr(0, 200);
}

} // namespace

Expected<void> PushSink::valid() const {
  if (!urlError_.empty()) return pushProblem(urlError_);
  return {};
}

Expected<void> PushSink::deliver(const Revision& r) {
  if (!urlError_.empty()) return pushProblem(urlError_);
  using Clock = std::chrono::steady_clock;
  const auto begun = Clock::now();
  const double window = delivered_ == 0 ? options_.firstWindowSeconds : options_.giveUpSeconds;
  double delay = 0.25;
  httplib::Headers headers;
  if (!options_.token.empty()) headers.emplace("Authorization", "Bearer " + options_.token);
  for (;;) {
    auto res = client_->http.Post(path_.c_str(), headers, r.text, "application/json");
    std::string why;
    if (res) {
      if (res->status == 200) {
        ++delivered_;
        return {};
      }
      if (res->status == 401 || res->status == 403)
        return pushProblem("--push " + options_.url + ": the token was refused (HTTP " + std::to_string(res->status) +
                           ")");
      if (res->status == 422)
        return pushProblem("--push " + options_.url + ": revision " + std::to_string(r.number) +
                           " was refused: " + firstReason(res->body));
      if (res->status == 404)
        return pushProblem("--push " + options_.url + ": no feed push endpoint at " + path_ + " (HTTP 404)");
      why = "HTTP " + std::to_string(res->status);
    } else {
      why = httplib::to_string(res.error());
    }
    const double spent = std::chrono::duration<double>(Clock::now() - begun).count();
    if (spent + delay > window || (options_.stop && options_.stop->load()))
      return pushProblem("--push " + options_.url + ": cannot deliver revision " + std::to_string(r.number) + ": " +
                         why + (delivered_ ? " (gave up after " + std::to_string(int(spent)) + " s)" : ""));
    ++retries_;
    if (options_.note && delivered_ > 0)
      options_.note("push of revision " + std::to_string(r.number) + " failed (" + why + "); retrying in " +
                    std::to_string(delay).substr(0, 4) + " s");
    std::this_thread::sleep_for(std::chrono::duration<double>(delay));
    delay = std::min(delay * 2, 8.0);
  }
}

} // namespace landslide::rehearsal
