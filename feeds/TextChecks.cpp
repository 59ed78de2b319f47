#include "feeds/TextChecks.h"

#include <utf8.h>

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
std::optional<unsigned char> originalByte(uint32_t cp) {
  if (cp <= 0xFF) return static_cast<unsigned char>(cp);
  for (int i = 0; i < 32; ++i)
    if (kCp1252High[i] == cp) return static_cast<unsigned char>(0x80 + i);
  return std::nullopt;
}

int continuationCount(unsigned char lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return 1;
  if (lead >= 0xE0 && lead <= 0xEF) return 2;
  if (lead >= 0xF0 && lead <= 0xF4) return 3;
  return 0;
}

} // namespace

std::optional<std::string> repairDoubleEncoding(std::string_view text) {
  // Mojibake needs at least one non-ASCII byte; most names have none.
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return std::nullopt;
  if (!utf8::is_valid(text.begin(), text.end())) return std::nullopt;
  std::vector<uint32_t> cps;
  utf8::utf8to32(text.begin(), text.end(), std::back_inserter(cps));

  bool suspicious = false;
  std::string repaired;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const auto lead = originalByte(cps[i]);
    const int n = lead ? continuationCount(*lead) : 0;
    bool sequence = n > 0;
    std::string bytes;
    if (sequence) {
      bytes += static_cast<char>(*lead);
      for (int k = 1; k <= n && sequence; ++k) {
        if (i + k >= cps.size()) {
          sequence = false;
          break;
        }
        const auto b = originalByte(cps[i + k]);
        if (!b || (*b & 0xC0) != 0x80)
          sequence = false;
        else
          bytes += static_cast<char>(*b);
      }
    }
    if (sequence && utf8::is_valid(bytes.begin(), bytes.end())) {
      suspicious = true;
      repaired += bytes;
      i += static_cast<std::size_t>(n);
    } else {
      utf8::append(cps[i], std::back_inserter(repaired));
    }
  }
  if (!suspicious) return std::nullopt;
  return repaired;
}

} // namespace landslide
