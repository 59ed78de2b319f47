#include "AmcpText.h"

#include "feeds/base/Utf8.h"

#include <cctype>
#include <cstdint>

namespace landslide {

std::vector<LineSplitter::Line> LineSplitter::feed(std::string_view bytes) {
  std::vector<Line> lines;
  while (!bytes.empty()) {
    // A CR at the end of the buffer may pair with an LF at the start of this chunk.
    if (!buffer_.empty() && buffer_.back() == '\r' && bytes.front() == '\n') {
      buffer_.pop_back();
      bytes.remove_prefix(1);
      if (discarding_)
        lines.push_back({{}, true});
      else
        lines.push_back({std::move(buffer_), false});
      buffer_.clear();
      discarding_ = false;
      continue;
    }
    std::size_t end = bytes.find("\r\n");
    std::string_view part = bytes.substr(0, end);
    if (!discarding_) {
      if (buffer_.size() + part.size() > maxLine_) {
        discarding_ = true;
        buffer_.clear();
      } else {
        buffer_.append(part);
      }
    }
    if (end == std::string_view::npos) {
      // Keep a trailing CR (it may start a CRLF) even while discarding.
      if (discarding_) {
        const bool cr = !part.empty() && part.back() == '\r';
        buffer_.clear();
        if (cr) buffer_.push_back('\r');
      }
      return lines;
    }
    if (discarding_)
      lines.push_back({{}, true});
    else
      lines.push_back({std::move(buffer_), false});
    buffer_.clear();
    discarding_ = false;
    bytes.remove_prefix(end + 2);
  }
  return lines;
}

std::vector<std::string> tokenizeAmcp(std::string_view line) {
  std::vector<std::string> tokens;
  std::string current;
  bool inQuote = false, escape = false;
  for (char c : line) {
    if (escape) {
      current += c == 'n' ? '\n' : c;
      escape = false;
      continue;
    }
    if (c == '\\') {
      escape = true;
    } else if (c == ' ' && !inQuote) {
      if (!current.empty()) tokens.push_back(std::move(current));
      current.clear();
    } else if (c == '"') {
      inQuote = !inQuote;
      // An opening quote ends a token in progress; a closing one always ends one.
      if (!current.empty() || !inQuote) tokens.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

std::string dropInvalidUtf8(std::string_view text) { return utf8text::dropInvalid(text); }

std::string toUpperAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

} // namespace landslide
