#include "AmcpReply.h"

#include <cmath>

namespace landslide::amcp {

namespace {
constexpr std::string_view kEnd = "\r\n";

std::string join(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out.append(p);
  return out;
}

// boost::property_tree's encode_char_entities.
std::string escapeXml(std::string_view s) {
  if (s.empty()) return {};
  if (s.find_first_not_of(' ') == std::string_view::npos) return "&#32;" + std::string(s.size() - 1, ' ');
  std::string r;
  for (char c : s) {
    switch (c) {
    case '<': r += "&lt;"; break;
    case '>': r += "&gt;"; break;
    case '&': r += "&amp;"; break;
    case '"': r += "&quot;"; break;
    case '\'': r += "&apos;"; break;
    default: r += c; break;
    }
  }
  return r;
}

void writeElement(std::string& out, const XmlNode& node, int indent) {
  const std::string pad(static_cast<std::size_t>(indent) * 3, ' ');
  if (node.text.empty() && node.children.empty()) {
    out += pad + "<" + node.name + "/>\n";
    return;
  }
  out += pad + "<" + node.name + ">";
  if (!node.children.empty()) out += "\n";
  if (!node.text.empty()) {
    if (!node.children.empty()) out += std::string(static_cast<std::size_t>(indent + 1) * 3, ' ');
    out += escapeXml(node.text);
    if (!node.children.empty()) out += "\n";
  }
  for (const XmlNode& child : node.children) writeElement(out, child, indent + 1);
  if (!node.children.empty()) out += pad;
  out += "</" + node.name + ">\n";
}
} // namespace

std::string withRequestId(std::string_view requestId, std::string reply) {
  if (requestId.empty() || reply.empty()) return reply;
  return join({"RES ", requestId, " "}) + reply;
}

std::string commandError(std::string_view line) { return join({"400 ERROR", kEnd, line, kEnd}); }
std::string channelError(std::string_view name) { return join({"401 ", name, " ERROR", kEnd}); }
std::string parametersError(std::string_view name) { return join({"402 ", name, " ERROR", kEnd}); }
std::string unknownError() { return join({"500 FAILED", kEnd}); }
std::string failed(int code, std::string_view command) {
  return std::to_string(code) + join({" ", command, " FAILED", kEnd});
}

std::string pong(const std::vector<std::string>& tokens) {
  std::string out = "PONG";
  for (std::size_t i = 1; i < tokens.size(); ++i) out += " " + tokens[i];
  return out + std::string(kEnd);
}

std::string ok(std::string_view name) { return join({"202 ", name, " OK", kEnd}); }
std::string okWithData(std::string_view name, std::string_view data) {
  return join({"201 ", name, " OK", kEnd, data, kEnd});
}
std::string okWithLines(std::string_view name, const std::vector<std::string>& lines) {
  std::string out = join({"200 ", name, " OK", kEnd});
  for (const std::string& l : lines) out += l + std::string(kEnd);
  return out + std::string(kEnd);
}

std::string formatName(int width, int height, double fps) {
  (void)width; // CasparCG names formats by lines and rate only
  return std::to_string(height) + "p" + std::to_string(std::llround(fps * 100));
}

std::string versionLine(std::string_view landslideVersion) { return join({"2.3.0 Landslide ", landslideVersion}); }

XmlNode& XmlNode::add(std::string childName, std::string childText) {
  children.push_back({std::move(childName), std::move(childText), {}});
  return children.back();
}

std::string writeXml(const XmlNode& root) {
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  writeElement(out, root, 0);
  return out;
}

} // namespace landslide::amcp
