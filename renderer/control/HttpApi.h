#pragma once
// The HTTP API (JSON in and out) for button panels, monitors and scripts:
//   GET  /api/state /api/health /api/scenes /api/contests /api/asrun /api/program.png
//   GET  /api/events                       server-sent events: hello, tally, feed, error
//   POST /api/layers/N/{cue,take,next,out,clear,update,retake,auto}
//   POST /api/out  /api/clear              every layer: animated exit / cut
//   POST /api/feed                         a whole feed document (422 lists every error)
//   GET  /api/show, POST /api/show/items/I/{cue,take}   the rundown given with --show
// Safe by default: loopback only unless told otherwise; a token (Authorization: Bearer)
// is required on any other address; requests from other web origins are refused.
// Bounded: bodies (chunked too) and JSON depth per endpoint, headers and bodies by
// deadline, so a client can neither fill memory nor hold the workers (HttpSupport.h).
#include "ControlHub.h"
#include "EventBus.h"
#include "playout/Show.h"

#include "feeds/base/Expected.h"

#include <memory>
#include <string>

namespace landslide {

class PushFeedSource;

struct HttpOptions {
  std::string host = "127.0.0.1";
  int port = 8088;          // 0: any free port
  std::string token;        // required when host is not loopback
  int threads = 128;        // connections served at once, event streams included (workers start as needed)
  std::optional<Show> show; // the rundown (read-only here; the console edits shows)
};

class HttpApi {
public:
  // push may be null (no push endpoint).
  HttpApi(ControlHub& hub, EventBus& bus, PushFeedSource* push, HttpOptions options);
  ~HttpApi();
  HttpApi(const HttpApi&) = delete;
  HttpApi& operator=(const HttpApi&) = delete;

  Expected<void> start();
  void stop();
  int port() const;

  struct Impl;

private:
  std::unique_ptr<Impl> impl_;
};

} // namespace landslide
