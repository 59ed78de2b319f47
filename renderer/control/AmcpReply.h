#pragma once
// AMCP replies byte for byte as CasparCG Server 2.3 writes them. Sources (repository
// CasparCG/server, src/protocol/amcp/): protocol errors in AMCPProtocolStrategy.cpp
// (Parse), command failures in AMCPCommandQueue.cpp (exec_cmd), the "RES id " prefix in
// AMCPCommand.cpp (send_reply), command replies in AMCPCommandsImpl.cpp; TLS is answered
// by CasparCG's media scanner (CasparCG/media-scanner src/app.js, GET /tls).
#include <string>
#include <string_view>
#include <vector>

namespace landslide::amcp {

// "RES id " before the first line when the command came as "REQ id …".
std::string withRequestId(std::string_view requestId, std::string reply);

std::string commandError(std::string_view line);    // 400 ERROR\r\n<line>\r\n
std::string channelError(std::string_view name);    // 401 <NAME> ERROR\r\n
std::string parametersError(std::string_view name); // 402 <NAME> ERROR\r\n
std::string unknownError();                         // 500 FAILED\r\n
// 402/403/404/501 <COMMAND> FAILED\r\n, e.g. "404 CG ADD FAILED"
std::string failed(int code, std::string_view command);

std::string pong(const std::vector<std::string>& tokens);                              // PONG[ token…]\r\n
std::string ok(std::string_view name);                                                 // 202 <NAME> OK\r\n
std::string okWithData(std::string_view name, std::string_view data);                  // 201 <NAME> OK\r\n<data>\r\n
std::string okWithLines(std::string_view name, const std::vector<std::string>& lines); // 200 …, lines, empty line

// CasparCG's video format name for a size and rate: "720p2500", "1080p5000", "1080p2997".
std::string formatName(int width, int height, double fps);

// The one-line answer to VERSION: "2.3.0 Landslide <version>". casparcg-connection reads
// the first two numbers and picks its CasparCG 2.3 dialect from them.
std::string versionLine(std::string_view landslideVersion);

// An XML element tree written like boost::property_tree::write_xml with 3-space indent,
// as CasparCG's INFO channel reply is.
struct XmlNode {
  std::string name;
  std::string text;
  std::vector<XmlNode> children;

  XmlNode& add(std::string childName, std::string childText = {});
};
std::string writeXml(const XmlNode& root); // root's element, after the XML declaration

} // namespace landslide::amcp
