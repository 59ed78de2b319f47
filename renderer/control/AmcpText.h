#pragma once
// AMCP text handling: CRLF line framing with a length limit, and the tokenizer that
// splits a command line the way CasparCG Server 2.3 does (AMCPProtocolStrategy.cpp):
// tokens are separated by single spaces only, double quotes group (and an empty pair
// gives an empty token), backslash escapes \\ \" and \n.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace landslide {

// Splits a byte stream into CRLF-terminated lines. A line longer than the limit is
// reported once as overlong and its bytes are discarded up to the next CRLF, so a
// client cannot make the buffer grow past the limit.
class LineSplitter {
public:
  explicit LineSplitter(std::size_t maxLine) : maxLine_(maxLine) {}

  struct Line {
    std::string text;
    bool overlong = false; // text is empty; the line was dropped
  };
  // Appends bytes and returns every line they complete.
  std::vector<Line> feed(std::string_view bytes);
  std::size_t buffered() const { return buffer_.size(); }

private:
  std::size_t maxLine_;
  std::string buffer_;
  bool discarding_ = false; // inside an overlong line
};

// CasparCG's tokenizer, except that an unknown escape keeps its character (CasparCG
// drops both bytes; casparcg-connection sends \$ for $ and means $).
std::vector<std::string> tokenizeAmcp(std::string_view line);

// Drops bytes that are not well-formed UTF-8 (CasparCG decodes input as UTF-8 and skips
// what does not decode), so replies that echo a line are valid UTF-8.
std::string dropInvalidUtf8(std::string_view text);

std::string toUpperAscii(std::string_view text);
bool equalsIgnoreCase(std::string_view a, std::string_view b);

} // namespace landslide
