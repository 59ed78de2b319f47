// HOST:PORT parsing and what counts as loopback (a name that starts with "127." is not).
#include "control/Endpoint.h"

#include <doctest/doctest.h>

using namespace landslide;

TEST_CASE("endpoints parse, or say why not") {
  auto e = parseEndpoint("[::1]:8088");
  REQUIRE(e.ok());
  CHECK(e->host == "::1");
  CHECK(e->port == 8088);
  CHECK(parseEndpoint(":5250")->host == "127.0.0.1");
  CHECK(parseEndpoint("off")->off);
  auto bad = parseEndpoint("127.0.0.1:99999");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().find("0–65535") != std::string::npos);
  CHECK_FALSE(parseEndpoint("nohost").ok());
}

TEST_CASE("loopback is an address, not a prefix") {
  CHECK(isLoopback("127.0.0.1"));
  CHECK(isLoopback("127.1.2.3"));
  CHECK(isLoopback("::1"));
  CHECK(isLoopback("localhost"));
  CHECK_FALSE(isLoopback("127.evil.com"));
  CHECK_FALSE(isLoopback("127.0.0.1.evil.com"));
  CHECK_FALSE(isLoopback("0.0.0.0"));
  CHECK_FALSE(isLoopback("10.0.0.1"));
}
