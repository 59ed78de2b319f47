#pragma once
// One accepted HTTP connection as httplib reads and writes it: reads and writes that give
// up at a deadline (so a client cannot keep a worker by sending or reading a byte now and
// then) or when the client makes no progress for one timeout.
#include <httplib.h>

#include <array>
#include <chrono>

namespace landslide {

class HttpStream final : public httplib::Stream {
public:
  using Clock = std::chrono::steady_clock;

  HttpStream(int sock, std::chrono::milliseconds io) : sock_(sock), io_(io) {}

  void setReadDeadline(Clock::time_point t) { readDeadline_ = t; }
  void setWriteDeadline(Clock::time_point t) { writeDeadline_ = t; }
  bool buffered() const { return offset_ < size_; }
  bool pastDeadline() const { return pastDeadline_; } // a read gave up at the deadline

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, std::size_t size) override;
  ssize_t write(const char* ptr, std::size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  socket_t socket() const override { return sock_; }

private:
  bool waitReadable() const;

  int sock_;
  std::chrono::milliseconds io_;
  Clock::time_point readDeadline_ = Clock::time_point::max();
  Clock::time_point writeDeadline_ = Clock::time_point::max();
  std::array<char, 4096> buffer_{};
  std::size_t offset_ = 0, size_ = 0;
  mutable bool pastDeadline_ = false;
};

// Waits up to timeout for events (POLLIN, POLLOUT) on a socket; false on timeout or error.
bool waitForSocket(int sock, short events, std::chrono::milliseconds timeout);

} // namespace landslide
