#pragma once
// The AMCP TCP server: one Asio thread serves every client. Each client's commands run
// one at a time in order (PING overtakes, as in CasparCG); nothing here waits on the
// render thread. Limits keep a misbehaving client from costing memory or starving
// others: a bounded line length, a bounded backlog of unanswered lines (reading pauses
// past it), a bounded reply backlog and a write deadline for clients that never read.
// Idle connections cannot lock others out: one with nothing in flight is closed after
// idleTimeoutSeconds, and when maxClients are connected a new client takes the place of
// the one idle longest (refused only when every connection is busy). casparcg-connection
// reconnects on its own when it is closed.
#include "AmcpHandler.h"
#include "feeds/base/Expected.h"

#include <cstddef>
#include <memory>
#include <string>

namespace landslide {

struct AmcpServerOptions {
  std::string host = "127.0.0.1";
  int port = 5250; // 0: any free port (see port())
  std::size_t maxClients = 256;
  std::size_t maxLine = 128 * 1024;         // longer lines are refused and skipped
  std::size_t maxQueuedBytes = 128 * 1024;  // unanswered lines before reading pauses
  std::size_t pauseOutputBytes = 64 * 1024; // unsent replies before reading pauses
  std::size_t maxOutputBytes = 512 * 1024;  // unsent replies before the client is dropped
  int writeTimeoutSeconds = 20;             // a reply not taken in this time drops the client
  int idleTimeoutSeconds = 600;             // nothing sent, nothing owed for this long: closed
};

class AmcpServer {
public:
  AmcpServer(AmcpHandler& handler, AmcpServerOptions options);
  ~AmcpServer();
  AmcpServer(const AmcpServer&) = delete;
  AmcpServer& operator=(const AmcpServer&) = delete;

  Expected<void> start(); // binds and starts serving
  void stop();            // closes every client; replies still pending are dropped
  int port() const;       // the bound port
  std::size_t clients() const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace landslide
