#include "HttpBody.h"
#include "HttpServer.h"

#include <charconv>

namespace landslide {

namespace {

constexpr const char* kBody = "body";

Problem refused(std::string reason, std::string rule) {
  HttpServer::closeAfterReply();
  return Problem::error(kBody, "", std::move(reason), std::move(rule));
}

bool chunked(const httplib::Request& req) {
  std::string te = req.get_header_value("Transfer-Encoding");
  for (char& c : te) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return te.find("chunked") != std::string::npos;
}

} // namespace

Expected<std::string> readBody(const httplib::Request& req, const httplib::ContentReader& reader,
                               std::size_t maxBytes) {
  const std::string limit = std::to_string(maxBytes) + " bytes";
  if (!chunked(req)) {
    if (!req.has_header("Content-Length")) return std::string(); // no body
    const std::string text = req.get_header_value("Content-Length");
    std::uint64_t length = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), length);
    if (ec != std::errc() || end != text.data() + text.size())
      return refused("Content-Length '" + printable(text) + "' is not a number", "body-unreadable");
    if (length > maxBytes)
      return refused("the body (" + text + " bytes) is larger than the " + limit + " this endpoint takes",
                     "body-too-large");
    if (length == 0) return std::string();
  }
  if (req.is_multipart_form_data())
    return refused("multipart form bodies are not taken: send the JSON itself", "body-multipart");
  std::string body;
  bool tooLarge = false;
  HttpServer::startBodyClock();
  const bool ok = reader([&](const char* data, std::size_t n) {
    if (n > maxBytes - body.size()) {
      tooLarge = true; // a chunked (or decompressed) body: stop reading here
      return false;
    }
    body.append(data, n);
    return true;
  });
  if (tooLarge) return refused("the body is larger than the " + limit + " this endpoint takes", "body-too-large");
  if (!ok) return refused("the body could not be read (malformed, or too slow)", "body-unreadable");
  return body;
}

Expected<nlohmann::json> bodyObject(std::string_view body, const JsonLimits& limits) {
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) return nlohmann::json::object();
  JsonReadResult read = readJson(body, kBody, limits);
  for (const Problem& p : read.problems)
    if (p.isError()) return p;
  if (!read.value.is_object()) return Problem::error(kBody, "", "the body must be a JSON object", "body-not-object");
  return std::move(read.value);
}

int statusFor(const Problem& problem) {
  if (problem.rule == "body-too-large") return 413;
  if (problem.rule == "body-multipart") return 415;
  return 400;
}

} // namespace landslide
