#pragma once
// SMPTE timecode: frame counts ↔ HH:MM:SS:FF labels, drop-frame (HH:MM:SS;FF) at 29.97
// and 59.94. Drop-frame skips labels, not frames: the first 2 (at 59.94: 4) frame labels
// of every minute except each tenth minute, so the label keeps up with the clock.
#include "FrameRate.h"
#include "feeds/base/Expected.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace landslide {

struct TimecodeFormat {
  int fps = 25;           // nominal frames per second of the labels (30 for 29.97)
  bool dropFrame = false; // only with fps 30 or 60 (29.97, 59.94)
  bool operator==(const TimecodeFormat&) const = default;
};

// The format for an output's frame rate (frames(), not fields): 29.97 and 59.94 are
// drop-frame unless dropFrame is false; nullopt for rates timecode cannot label.
std::optional<TimecodeFormat> timecodeFormatFor(FrameRate frames, bool dropFrame = true);
// Frames in a day of labels (00:00:00:00 to 23:59:59:FF); counts wrap there.
int64_t framesPerDay(TimecodeFormat format);
// The label of the frame `count` frames after 00:00:00:00 (wrapping at 24 hours).
std::string formatTimecode(int64_t count, TimecodeFormat format);
// "HH:MM:SS:FF" (':' before the frames: non-drop) or "HH:MM:SS;FF" (drop-frame) to a
// frame count. `format.dropFrame` must match the separator; nullopt for malformed,
// out-of-range or dropped labels (00:01:00;00 does not exist).
std::optional<int64_t> parseTimecode(std::string_view text, TimecodeFormat format);
// The frame count labelled with the time of day `seconds` after midnight.
int64_t timecodeAtTimeOfDay(double seconds, TimecodeFormat format, FrameRate frames);

// Labels a channel's pictures: the picture numbers the channel counts (fields at an
// interlaced rate) to the timecode of the output frame holding them.
struct TimecodeClock {
  TimecodeFormat format;
  int64_t start = 0;        // the frame count of picture 0's frame
  int picturesPerFrame = 1; // 2 at an interlaced rate
  std::string at(int64_t picture) const { return formatTimecode(start + picture / picturesPerFrame, format); }
  std::string startLabel() const { return formatTimecode(start, format); }
};

// --timecode TEXT for a channel at `rate` ("" = the local time of day now); the Problem
// names the option and says what is expected.
Expected<TimecodeClock> timecodeClockFor(std::string_view text, FrameRate rate);

} // namespace landslide
