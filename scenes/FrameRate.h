#pragma once
// Time is frames: an integer frame counter at a rational rate (25, 30000/1001 …).
// An interlaced rate (50i, 59.94i) counts pictures at the field rate: the channel draws
// one picture per field time (motion as smooth as 50p) and the outputs weave pairs of
// them into frames at half that rate (frames()).
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace landslide {

struct FrameRate {
  int64_t num = 50;        // pictures …
  int64_t den = 1;         // … per this many seconds
  bool interlaced = false; // num/den is the field rate; two fields make one output frame

  double fps() const { return double(num) / double(den); }
  double secondsAt(int64_t frame) const { return double(frame) * double(den) / double(num); }
  // Nearest frame to a time in seconds.
  int64_t frameAt(double seconds) const { return int64_t(std::llround(seconds * double(num) / double(den))); }
  // The rate of the frames an output writes: half the field rate when interlaced.
  FrameRate frames() const {
    if (!interlaced) return *this;
    return num % 2 == 0 ? FrameRate{num / 2, den, false} : FrameRate{num, den * 2, false}; // 50/1 → 25/1
  }
  // Pictures per output frame: 2 when interlaced.
  int picturesPerFrame() const { return interlaced ? 2 : 1; }
  // Parses "50", "25", "59.94", "29.97", "30000/1001", and the interlaced "50i" and
  // "59.94i" (field rates); nullopt for anything else.
  static std::optional<FrameRate> parse(std::string_view text);
  std::string toString() const; // "50", "30000/1001", "50i", "59.94i"
  bool operator==(const FrameRate&) const = default;
};

} // namespace landslide
