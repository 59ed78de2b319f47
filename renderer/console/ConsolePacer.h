#pragma once
// How often the console redraws. The program comes first: on a machine without headroom
// (software GL, a busy GPU) the console's own drawing competes with the program's, so
// while the program drops frames the console halves its refresh, down to 10 Hz, and it
// climbs back to 30 Hz once the program has gone two seconds without a drop. Input
// wakes the console at once whatever the period, so keys never wait for it.
#include <chrono>
#include <cstdint>

namespace landslide {

class ConsolePacer {
public:
  using Clock = std::chrono::steady_clock;
  static constexpr std::chrono::milliseconds kFastest{33}, kSlowest{100};
  static constexpr std::chrono::milliseconds kCalm{2000};
  static constexpr std::chrono::milliseconds kStep{500}; // at most one slow-down step per half second

  // Call once per console frame with the engine's dropped-frame counter.
  std::chrono::milliseconds next(uint64_t framesDropped, Clock::time_point now);
  std::chrono::milliseconds period() const { return period_; }

private:
  std::chrono::milliseconds period_ = kFastest;
  uint64_t dropped_ = 0;
  bool seen_ = false;
  Clock::time_point lastDrop_{}, lastStep_{};
};

} // namespace landslide
