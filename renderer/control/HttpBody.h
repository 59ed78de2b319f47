#pragma once
// Request bodies, read by the handlers themselves: httplib 0.11's own reading has no
// bound on a chunked body and refuses curl's default form content type past 8 KiB.
// A request with neither Content-Length nor Transfer-Encoding has no body (RFC 9112
// §6.3): that is what `curl -X POST URL` sends.
#include "feeds/JsonReader.h"
#include "feeds/base/Expected.h"

#include <httplib.h>

#include <string>
#include <string_view>

namespace landslide {

// The body, whatever its content type, if it has at most maxBytes. Otherwise a Problem
// (rule body-too-large, body-multipart or body-unreadable) and the connection closes
// after the reply, the rest unread.
Expected<std::string> readBody(const httplib::Request& req, const httplib::ContentReader& reader, std::size_t maxBytes);

// A command body: one JSON object within limits ({} when the body is empty or blank).
Expected<nlohmann::json> bodyObject(std::string_view body, const JsonLimits& limits);

// The status for a problem with a request: 413 too large, 415 multipart, otherwise 400.
int statusFor(const Problem& problem);

} // namespace landslide
