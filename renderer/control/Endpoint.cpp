#include "Endpoint.h"

#include <arpa/inet.h>

#include <charconv>

namespace landslide {

std::string Endpoint::toString() const {
  bool v6 = host.find(':') != std::string::npos;
  return (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

Expected<Endpoint> parseEndpoint(std::string_view text) {
  Endpoint e;
  if (text == "off") {
    e.off = true;
    return e;
  }
  std::size_t colon = text.rfind(':');
  if (colon == std::string_view::npos) {
    return Problem::error("", "", "'" + std::string(text) + "': expected HOST:PORT (e.g. 127.0.0.1:5250) or off",
                          "endpoint");
  }
  std::string_view host = text.substr(0, colon), port = text.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  if (!host.empty()) e.host = std::string(host);
  if (e.host == "localhost") e.host = "127.0.0.1";
  auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), e.port);
  if (port.empty() || ec != std::errc() || end != port.data() + port.size() || e.port < 0 || e.port > 65535) {
    return Problem::error("", "", "'" + std::string(text) + "': the port must be 0–65535", "endpoint");
  }
  return e;
}

bool isLoopback(std::string_view host) {
  if (host == "localhost" || host == "::1") return true;
  in_addr v4{};
  return inet_pton(AF_INET, std::string(host).c_str(), &v4) == 1 && (ntohl(v4.s_addr) >> 24) == 127;
}

} // namespace landslide
