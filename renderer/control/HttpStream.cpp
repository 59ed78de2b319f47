#include "HttpStream.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace landslide {

namespace {

void nameOf(const sockaddr_storage& addr, socklen_t len, std::string& ip, int& port) {
  char host[NI_MAXHOST] = {}, serv[NI_MAXSERV] = {};
  if (getnameinfo(reinterpret_cast<const sockaddr*>(&addr), len, host, sizeof host, serv, sizeof serv,
                  NI_NUMERICHOST | NI_NUMERICSERV) != 0)
    return;
  ip = host;
  port = std::atoi(serv);
}

} // namespace

bool waitForSocket(int sock, short events, std::chrono::milliseconds timeout) {
  pollfd p{sock, events, 0};
  for (;;) {
    int n = ::poll(&p, 1, static_cast<int>(std::max<std::int64_t>(0, timeout.count())));
    if (n < 0 && errno == EINTR) continue;
    return n > 0 && (p.revents & (events | POLLHUP | POLLERR)) != 0;
  }
}

bool HttpStream::waitReadable() const {
  const bool bounded = readDeadline_ != Clock::time_point::max();
  auto wait = io_;
  if (bounded)
    wait = std::min(wait, std::chrono::duration_cast<std::chrono::milliseconds>(readDeadline_ - Clock::now()));
  if (wait.count() > 0 && waitForSocket(sock_, POLLIN, wait)) return true;
  if (bounded && Clock::now() >= readDeadline_) pastDeadline_ = true; // the request is abandoned
  return false;
}

bool HttpStream::is_readable() const { return buffered() || waitReadable(); }

bool HttpStream::is_writable() const {
  if (!waitForSocket(sock_, POLLOUT, io_)) return false;
  // Gone clients: an event stream learns it here rather than at its next event.
  pollfd p{sock_, POLLIN, 0};
  if (::poll(&p, 1, 0) > 0) {
    if (p.revents & (POLLHUP | POLLERR)) return false;
    char byte;
    if (::recv(sock_, &byte, 1, MSG_PEEK | MSG_DONTWAIT) == 0) return false;
  }
  return true;
}

ssize_t HttpStream::read(char* ptr, std::size_t size) {
  if (buffered()) {
    std::size_t n = std::min(size, size_ - offset_);
    std::memcpy(ptr, buffer_.data() + offset_, n);
    offset_ += n;
    return static_cast<ssize_t>(n);
  }
  for (;;) {
    if (!waitReadable()) return -1;
    // httplib reads headers a byte at a time: read ahead into the buffer.
    const bool direct = size >= buffer_.size();
    ssize_t n = ::recv(sock_, direct ? ptr : buffer_.data(), direct ? size : buffer_.size(), MSG_DONTWAIT);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) continue;
    if (n <= 0 || direct) return n;
    offset_ = 0;
    size_ = static_cast<std::size_t>(n);
    return read(ptr, size);
  }
}

ssize_t HttpStream::write(const char* ptr, std::size_t size) {
  for (;;) {
    auto wait = io_;
    if (writeDeadline_ != Clock::time_point::max())
      wait = std::min(wait, std::chrono::duration_cast<std::chrono::milliseconds>(writeDeadline_ - Clock::now()));
    if (wait.count() <= 0 || !waitForSocket(sock_, POLLOUT, wait)) return -1; // the client stopped reading
    ssize_t n = ::send(sock_, ptr, size, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) continue;
    return n;
  }
}

void HttpStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  if (::getpeername(sock_, reinterpret_cast<sockaddr*>(&addr), &len) == 0) nameOf(addr, len, ip, port);
}

void HttpStream::get_local_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  if (::getsockname(sock_, reinterpret_cast<sockaddr*>(&addr), &len) == 0) nameOf(addr, len, ip, port);
}

} // namespace landslide
