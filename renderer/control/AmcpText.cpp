#include "AmcpText.h"

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

std::string dropInvalidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    auto b = static_cast<unsigned char>(text[i]);
    std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    bool ok = len > 0 && i + len <= text.size();
    for (std::size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    if (ok && len > 1) {
      // Reject overlong forms, surrogates and code points past U+10FFFF.
      uint32_t cp = b & (0xFF >> (len + 1));
      for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
      static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
      ok = cp >= kMin[len] && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
    }
    if (ok) {
      out.append(text.substr(i, len));
      i += len;
    } else {
      ++i;
    }
  }
  return out;
}

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
