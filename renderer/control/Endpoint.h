#pragma once
// HOST:PORT for --amcp and --http ("127.0.0.1:5250", "[::1]:8088", "0.0.0.0:8088",
// ":5250" = loopback, "off" = no server). Port 0 picks a free port.
#include "feeds/base/Expected.h"

#include <string>
#include <string_view>

namespace landslide {

struct Endpoint {
  std::string host = "127.0.0.1";
  int port = 0;
  bool off = false;
  std::string toString() const; // "127.0.0.1:5250", "[::1]:8088"
};

Expected<Endpoint> parseEndpoint(std::string_view text);
// Whether a host only accepts connections from this machine: localhost, ::1, or an
// IPv4 address in 127.0.0.0/8 (not a name that merely starts with "127.").
bool isLoopback(std::string_view host);

} // namespace landslide
