#include "HttpServer.h"
#include "HttpStream.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace landslide {

namespace {

struct Connection {
  HttpStream& stream;
  std::chrono::milliseconds bodyTime;
  bool close = false;
};

thread_local Connection* current = nullptr; // the connection this worker is serving

// Waits for the next request's first byte, giving up early when the server stops.
bool awaitRequest(int sock, std::chrono::milliseconds idle, const std::atomic<socket_t>& listener) {
  const auto until = std::chrono::steady_clock::now() + idle;
  while (listener != INVALID_SOCKET) {
    if (waitForSocket(sock, POLLIN, std::chrono::milliseconds(100))) return true;
    if (std::chrono::steady_clock::now() >= until) return false;
  }
  return false;
}

// After a refused body: stop writing, then read (and drop) what the client still sends
// for a moment, so that it reads the reply rather than a connection reset.
void drain(int sock) {
  ::shutdown(sock, SHUT_WR);
  char buffer[16384];
  std::size_t total = 0;
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(1);
  while (total < (64u << 20) && std::chrono::steady_clock::now() < until &&
         waitForSocket(sock, POLLIN, std::chrono::milliseconds(200))) {
    ssize_t n = ::recv(sock, buffer, sizeof buffer, MSG_DONTWAIT);
    if (n <= 0) break;
    total += static_cast<std::size_t>(n);
  }
}

} // namespace

void HttpServer::widenBacklog(int backlog) {
  if (socket_t sock = svr_sock_; sock != INVALID_SOCKET) ::listen(sock, backlog); // Linux takes a second listen()
}

void HttpServer::closeAfterReply() {
  if (current) current->close = true;
}

void HttpServer::startBodyClock() {
  if (current) current->stream.setReadDeadline(HttpStream::Clock::now() + current->bodyTime);
}

void HttpServer::writeWithin(std::chrono::milliseconds time) {
  if (current) current->stream.setWriteDeadline(HttpStream::Clock::now() + time);
}

bool HttpServer::process_and_close_socket(socket_t sock) {
  HttpStream stream(sock, timeouts_.io);
  Connection connection{stream, timeouts_.body};
  current = &connection;
  bool ok = false;
  for (std::size_t left = keep_alive_max_count_; left > 0; --left) {
    if (!stream.buffered() && !awaitRequest(sock, timeouts_.idle, svr_sock_)) break;
    const auto now = HttpStream::Clock::now();
    stream.setReadDeadline(now + timeouts_.headers);
    stream.setWriteDeadline(now + timeouts_.headers + timeouts_.body + timeouts_.reply);
    bool closed = false;
    ok = process_request(stream, left == 1, closed, nullptr);
    if (!ok || closed || connection.close || stream.pastDeadline()) break;
  }
  current = nullptr;
  if (connection.close) drain(sock);
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return ok;
}

} // namespace landslide
