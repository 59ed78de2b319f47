#pragma once
// Time is frames: an integer frame counter at a rational rate (25, 30000/1001 …).
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace landslide {

struct FrameRate {
  int64_t num = 50; // frames …
  int64_t den = 1;  // … per this many seconds

  double fps() const { return double(num) / double(den); }
  double secondsAt(int64_t frame) const { return double(frame) * double(den) / double(num); }
  // Nearest frame to a time in seconds.
  int64_t frameAt(double seconds) const { return int64_t(std::llround(seconds * double(num) / double(den))); }
  // Parses "50", "25", "59.94", "29.97", "30000/1001"; nullopt for anything else.
  static std::optional<FrameRate> parse(std::string_view text);
  std::string toString() const;
  bool operator==(const FrameRate&) const = default;
};

} // namespace landslide
