// Reply formats, byte for byte. Sources (CasparCG/server, src/protocol/amcp/):
// AMCPProtocolStrategy.cpp (Parse: PONG, 400/401/402/500), AMCPCommandQueue.cpp
// (exec_cmd: 402/403/404/501 <COMMAND> FAILED), AMCPCommand.cpp (send_reply: "RES id "),
// AMCPCommandsImpl.cpp (info_command, info_channel_command, version_command).
#include "control/AmcpReply.h"

#include <doctest/doctest.h>

using namespace landslide;
using namespace landslide::amcp;

TEST_CASE("replies: protocol errors and command failures") {
  CHECK(commandError("FOO bar") == "400 ERROR\r\nFOO bar\r\n");
  CHECK(channelError("CG") == "401 CG ERROR\r\n");
  CHECK(parametersError("CG") == "402 CG ERROR\r\n");
  CHECK(parametersError("") == "402  ERROR\r\n");
  CHECK(unknownError() == "500 FAILED\r\n");
  CHECK(failed(404, "CG ADD") == "404 CG ADD FAILED\r\n");
  CHECK(withRequestId("ab1", "202 CG OK\r\n") == "RES ab1 202 CG OK\r\n");
  CHECK(withRequestId("", "202 CG OK\r\n") == "202 CG OK\r\n");
  CHECK(withRequestId("ab1", "") == ""); // BYE answers nothing, even with REQ
}

TEST_CASE("replies: data") {
  CHECK(pong({"PING"}) == "PONG\r\n");
  CHECK(pong({"ping", "abc", "d"}) == "PONG abc d\r\n");
  CHECK(ok("CG") == "202 CG OK\r\n");
  CHECK(okWithData("VERSION", versionLine("0.1.0")) == "201 VERSION OK\r\n2.3.0 Landslide 0.1.0\r\n");
  CHECK(okWithLines("INFO", {"1 720p2500 PLAYING"}) == "200 INFO OK\r\n1 720p2500 PLAYING\r\n\r\n");
  CHECK(okWithLines("TLS", {}) == "200 TLS OK\r\n\r\n");
  CHECK(formatName(1920, 1080, 50) == "1080p5000");
  CHECK(formatName(1280, 720, 25) == "720p2500");
  CHECK(formatName(1920, 1080, 30000.0 / 1001) == "1080p2997");
}

TEST_CASE("XML as boost::property_tree writes it with 3-space indent") {
  XmlNode channel{"channel", {}, {}};
  channel.add("framerate", "25");
  channel.add("empty");
  XmlNode& audio = channel.add("mixer").add("audio");
  audio.add("volume", "0");
  channel.add("text", "a<b & \"c\" 'd'");
  channel.add("spaces", "  ");
  CHECK(writeXml(channel) == "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                             "<channel>\n"
                             "   <framerate>25</framerate>\n"
                             "   <empty/>\n"
                             "   <mixer>\n"
                             "      <audio>\n"
                             "         <volume>0</volume>\n"
                             "      </audio>\n"
                             "   </mixer>\n"
                             "   <text>a&lt;b &amp; &quot;c&quot; &apos;d&apos;</text>\n"
                             "   <spaces>&#32; </spaces>\n"
                             "</channel>\n");
}
