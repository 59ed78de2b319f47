// Command interpretation as CasparCG Server 2.3 does it: AMCPProtocolStrategy.cpp
// (interpret_command_string) and amcp_command_repository.cpp (find_command).
#include "control/AmcpHandler.h"
#include "control/AmcpRequest.h"
#include "control/AmcpText.h"

#include <doctest/doctest.h>

using namespace landslide;

namespace {
AmcpRequest parse(const char* line, int channels = 1) {
  return interpretAmcp(tokenizeAmcp(line), AmcpHandler::commands(), channels);
}
} // namespace

TEST_CASE("requests: channel commands, two-word subcommands, REQ ids") {
  AmcpRequest r = parse("cg 1-10 add 1 \"vote-bars\" 1 \"{}\"");
  CHECK(r.error == AmcpParseError::None);
  CHECK(r.name == "CG");
  CHECK(r.command == "CG ADD");
  CHECK(r.channel == 0);
  CHECK(r.layer == 10);
  CHECK(r.params == std::vector<std::string>{"1", "vote-bars", "1", "{}"});

  r = parse("REQ abc12 INFO 1");
  CHECK(r.requestId == "abc12");
  CHECK(r.command == "INFO");
  CHECK(r.channel == 0);
  CHECK(r.layer == -1);
  CHECK(r.layerOr(9999) == 9999);

  r = parse("/switch VERSION");
  CHECK(r.command == "VERSION");
  CHECK(r.channel == -1);
}

TEST_CASE("requests: the errors the protocol answers itself") {
  CHECK(parse("FOO").error == AmcpParseError::Command);
  CHECK(parse("").error == AmcpParseError::Command);
  CHECK(parse("CG 1-10 FOO 1").error == AmcpParseError::Command); // no CG FOO, no plain CG
  CHECK(parse("CG 1-10").error == AmcpParseError::Command);
  CHECK(parse("REQ").error == AmcpParseError::Parameters);
  CHECK(parse("REQ x").error == AmcpParseError::Command);
  // A channel past the last is a 401, even for an unknown command (the channel is
  // looked up before the command).
  AmcpRequest r = parse("CG 2-10 ADD 1 x 1");
  CHECK(r.error == AmcpParseError::Channel);
  CHECK(r.name == "CG");
  CHECK(parse("FOO 2").error == AmcpParseError::Channel);
  CHECK(parse("FOO 1-abc").error == AmcpParseError::Channel);
  CHECK(parse("\"\" INFO").error == AmcpParseError::Channel); // at(0) of an empty token
  // Too few parameters: 402 with the first word only.
  r = parse("CG 1-10 ADD 1 x");
  CHECK(r.error == AmcpParseError::Parameters);
  CHECK(r.name == "CG");
  CHECK(r.command == "CG ADD");
  CHECK(parse("CG 1-10 UPDATE 1").error == AmcpParseError::Parameters);
}

TEST_CASE("requests: addresses are parsed strictly; anything else that starts like one is a 401") {
  CHECK(parse("INFO 1").channel == 0);
  CHECK(parse("CLEAR 1").layer == -1);
  CHECK(parse("CLEAR 1-0").layer == 0);
  CHECK(parse("CLEAR 1-9999").layer == 9999);
  CHECK(parse("INFO x").error == AmcpParseError::None); // not an address: INFO with a parameter
  CHECK(parse("INFO x").channel == -1);
  // CasparCG would read each of these as a shorter address (the whole channel, another
  // layer, plain INFO); here they are refused before the command runs.
  for (const char* line :
       {"CLEAR 1-99999999999", "CLEAR 1-abc", "CLEAR 1-", "CLEAR 1-20-3", "CLEAR 1-2x", "CLEAR 1-+5", "CLEAR 1--5",
        "CLEAR 1-10000", "CG 1-2147483648 ADD 1 x 1", "CG 1-4294967306 ADD 1 x 1", "CLEAR 99999999999", "CLEAR 0",
        "INFO 0", "CLEAR -1", "CLEAR +1", "INFO 1x", "CLEAR 2", "CLEAR 01x-1", "FOO 1-abc"}) {
    CAPTURE(line);
    CHECK(parse(line).error == AmcpParseError::Channel);
  }
  AmcpAddress a = parseAmcpAddress("2-7", 2);
  CHECK(a.kind == AmcpAddress::Kind::Valid);
  CHECK(a.channel == 1);
  CHECK(a.layer == 7);
  CHECK(parseAmcpAddress("abc", 1).kind == AmcpAddress::Kind::None);
  CHECK(parseAmcpAddress("-x", 1).kind == AmcpAddress::Kind::None);
  CHECK(parseAmcpAddress("-1", 1).kind == AmcpAddress::Kind::Invalid);
}

TEST_CASE("stoi and lexical_cast semantics") {
  int v = 0;
  CHECK(stoiLike("12", v) == StoiResult::Ok);
  CHECK(v == 12);
  CHECK(stoiLike(" 7abc", v) == StoiResult::Ok); // trailing text ignored, like std::stoi
  CHECK(v == 7);
  CHECK(stoiLike("-3", v) == StoiResult::Ok);
  CHECK(v == -3);
  CHECK(stoiLike("abc", v) == StoiResult::Invalid);
  CHECK(stoiLike("", v) == StoiResult::Invalid);
  CHECK(stoiLike("99999999999", v) == StoiResult::Range);
  CHECK(stoiLike("-2147483648", v) == StoiResult::Ok);
  CHECK(stoiLike("2147483648", v) == StoiResult::Range);
  CHECK(strictInt("+5", v));
  CHECK(v == 5);
  CHECK_FALSE(strictInt("5 ", v));
  CHECK_FALSE(strictInt("", v));
  CHECK_FALSE(strictInt("+-5", v));
  CHECK_FALSE(strictInt("99999999999", v));
}
