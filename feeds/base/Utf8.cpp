#include "feeds/base/Utf8.h"

#include <utf8.h>

#include <algorithm>
#include <iterator>

namespace landslide::utf8text {

bool isValid(std::string_view text) { return utf8::is_valid(text.begin(), text.end()); }

std::size_t length(std::string_view text) {
  // Most names and codes are ASCII: one byte, one code point.
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return text.size();
  std::size_t n = 0;
  auto it = text.begin();
  while (it != text.end()) {
    const auto bad = utf8::find_invalid(it, text.end());
    n += std::size_t(utf8::distance(it, bad));
    if (bad == text.end()) break;
    ++n;
    it = bad + 1;
  }
  return n;
}

std::vector<char32_t> decode(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  auto it = text.begin();
  while (it != text.end()) {
    const auto bad = utf8::find_invalid(it, text.end());
    utf8::unchecked::utf8to32(it, bad, std::back_inserter(out));
    if (bad == text.end()) break;
    out.push_back(0xFFFD);
    it = bad + 1;
  }
  return out;
}

void append(std::string& out, char32_t codePoint) {
  if (codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) codePoint = 0xFFFD;
  utf8::unchecked::append(uint32_t(codePoint), std::back_inserter(out));
}

std::string dropInvalid(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  auto it = text.begin();
  while (it != text.end()) {
    const auto bad = utf8::find_invalid(it, text.end());
    out.append(it, bad);
    if (bad == text.end()) break;
    it = bad + 1;
  }
  return out;
}

std::string_view truncate(std::string_view text, std::size_t maxCodePoints) {
  auto it = text.begin();
  for (std::size_t n = 0; n < maxCodePoints && it != text.end(); ++n) {
    const auto lead = static_cast<unsigned char>(*it);
    const std::size_t len = lead < 0x80           ? 1
                            : (lead >> 5) == 0x6  ? 2
                            : (lead >> 4) == 0xE  ? 3
                            : (lead >> 3) == 0x1E ? 4
                                                  : 1;
    const bool whole = std::size_t(text.end() - it) >= len && utf8::is_valid(it, it + std::ptrdiff_t(len));
    it += whole ? std::ptrdiff_t(len) : 1; // an invalid byte counts as one
  }
  return text.substr(0, std::size_t(it - text.begin()));
}

} // namespace landslide::utf8text
