#pragma once
// httplib's server with the connection handling a night on air needs. httplib 0.11 (as
// Debian ships it, a shared library whose limits are fixed) lets a client hold a worker
// for as long as it sends a byte per read timeout; here each request's headers must
// arrive within a deadline and its body within another, a handler can close the
// connection after its reply (a refused body is never read), and a reply still reaches
// a client that is sending a body nobody will read.
#include <httplib.h>

#include <chrono>

namespace landslide {

struct HttpTimeouts {
  std::chrono::milliseconds headers{10000}; // request line and headers, from the first byte
  std::chrono::milliseconds body{30000};    // a body, from when its handler starts reading it
  std::chrono::milliseconds idle{5000};     // between requests on a kept-alive connection
  std::chrono::milliseconds reply{60000};   // a reply, from the end of the request
  std::chrono::milliseconds io{5000};       // one read or write that makes no progress
};

class HttpServer : public httplib::Server {
public:
  explicit HttpServer(HttpTimeouts timeouts = {}) : timeouts_(timeouts) {}

  // After bind: httplib listens with a backlog of 5 (fixed in the library), so a burst of
  // connections has its SYNs dropped and retried seconds later.
  void widenBacklog(int backlog);

  // For handlers, on the connection's worker thread (no-ops elsewhere):
  static void closeAfterReply();                           // what is left of this request will not be read
  static void startBodyClock();                            // the body's deadline starts now
  static void writeWithin(std::chrono::milliseconds time); // what is written next (an event stream's event)

private:
  bool process_and_close_socket(socket_t sock) override;
  HttpTimeouts timeouts_;
};

} // namespace landslide
