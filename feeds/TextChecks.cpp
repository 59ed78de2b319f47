#include "feeds/TextChecks.h"

#include "feeds/base/Utf8.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace landslide {

namespace {

// Windows-1252 bytes 0x80-0x9F and the code points they decode to (0 = unassigned,
// which decoders pass through as the C1 control of the same value).
constexpr uint32_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

// The byte a single-byte decoder would have read to produce this code point.
std::optional<unsigned char> originalByte(char32_t cp) {
  if (cp <= 0xFF) return static_cast<unsigned char>(cp);
  for (int i = 0; i < 32; ++i)
    if (kCp1252High[i] == cp) return static_cast<unsigned char>(0x80 + i);
  return std::nullopt;
}

// The bytes a single-byte decoder read as cps[i], cps[i+1] … when together they are one
// multi-byte UTF-8 sequence; "" otherwise. A lead's own length is the first that is valid.
std::string sequenceAt(const std::vector<char32_t>& cps, std::size_t i) {
  std::string bytes;
  for (std::size_t k = i; k < cps.size() && k < i + 4; ++k) {
    const auto b = originalByte(cps[k]);
    if (!b || (k > i && (*b & 0xC0) != 0x80)) break;
    bytes += static_cast<char>(*b);
    if (k > i && utf8text::isValid(bytes)) return bytes;
  }
  return {};
}

} // namespace

std::optional<std::string> repairDoubleEncoding(std::string_view text) {
  // Mojibake needs at least one non-ASCII byte; most names have none.
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return std::nullopt;
  if (!utf8text::isValid(text)) return std::nullopt;
  const std::vector<char32_t> cps = utf8text::decode(text);

  bool suspicious = false;
  std::string repaired;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (const std::string bytes = sequenceAt(cps, i); !bytes.empty()) {
      suspicious = true;
      repaired += bytes;
      i += bytes.size() - 1;
    } else {
      utf8text::append(repaired, cps[i]);
    }
  }
  if (!suspicious) return std::nullopt;
  return repaired;
}

} // namespace landslide
