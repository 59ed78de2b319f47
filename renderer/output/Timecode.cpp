#include "Timecode.h"

#include <charconv>
#include <cstdio>
#include <ctime>

namespace landslide {

namespace {

int droppedPerMinute(TimecodeFormat f) { return f.dropFrame ? f.fps / 15 : 0; } // 30 → 2, 60 → 4

int64_t framesPerTenMinutes(TimecodeFormat f) { return int64_t(f.fps) * 600 - 9 * droppedPerMinute(f); }

std::optional<int> twoDigits(std::string_view s, size_t at) {
  if (at + 2 > s.size()) return std::nullopt;
  int v = 0;
  auto [end, ec] = std::from_chars(s.data() + at, s.data() + at + 2, v);
  if (ec != std::errc() || end != s.data() + at + 2) return std::nullopt;
  return v;
}

Problem timecodeProblem(std::string_view text, const std::string& why) {
  return Problem::error("", "", "--timecode '" + std::string(text) + "': " + why, "bad-option");
}

} // namespace

std::optional<TimecodeFormat> timecodeFormatFor(FrameRate frames, bool dropFrame) {
  if (frames.interlaced) frames = frames.frames();
  const int64_t nominal = (frames.num + frames.den - 1) / frames.den; // 30000/1001 → 30
  if (nominal < 1 || nominal > 1000) return std::nullopt;
  const bool ntsc = frames.den == 1001 && (nominal == 30 || nominal == 60);
  return TimecodeFormat{int(nominal), ntsc && dropFrame};
}

int64_t framesPerDay(TimecodeFormat f) { return framesPerTenMinutes(f) * 6 * 24; }

std::string formatTimecode(int64_t count, TimecodeFormat f) {
  const int64_t day = framesPerDay(f);
  count %= day;
  if (count < 0) count += day;
  if (f.dropFrame) {
    // Add back the labels skipped before this frame: `drop` at the start of every minute
    // but the first of each ten-minute block.
    const int64_t drop = droppedPerMinute(f), perMinute = int64_t(f.fps) * 60 - drop;
    const int64_t tens = count / framesPerTenMinutes(f), rest = count % framesPerTenMinutes(f);
    const int64_t minutesIn = rest < int64_t(f.fps) * 60 ? 0 : 1 + (rest - int64_t(f.fps) * 60) / perMinute;
    count += drop * (9 * tens + minutesIn);
  }
  const int64_t frames = count % f.fps, seconds = count / f.fps;
  char buf[80];
  std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld%c%02lld", static_cast<long long>(seconds / 3600),
                static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60),
                f.dropFrame ? ';' : ':', static_cast<long long>(frames));
  return buf;
}

std::optional<int64_t> parseTimecode(std::string_view text, TimecodeFormat f) {
  if (text.size() != 11 || text[2] != ':' || text[5] != ':' || text[8] != (f.dropFrame ? ';' : ':'))
    return std::nullopt;
  auto h = twoDigits(text, 0), m = twoDigits(text, 3), s = twoDigits(text, 6), fr = twoDigits(text, 9);
  if (!h || !m || !s || !fr || *h > 23 || *m > 59 || *s > 59 || *fr >= f.fps) return std::nullopt;
  const int drop = droppedPerMinute(f);
  if (drop > 0 && *m % 10 != 0 && *s == 0 && *fr < drop) return std::nullopt; // a skipped label
  const int64_t minutes = int64_t(*h) * 60 + *m;
  return (minutes * 60 + *s) * f.fps + *fr - drop * (minutes - minutes / 10);
}

int64_t timecodeAtTimeOfDay(double seconds, TimecodeFormat f, FrameRate frames) {
  if (frames.interlaced) frames = frames.frames();
  // Drop-frame labels follow the clock when frames are counted at the true rate; other
  // labels are the clock's own seconds with the frame within the second.
  if (f.dropFrame) return int64_t(seconds * frames.fps());
  const auto whole = int64_t(seconds);
  return whole * f.fps + int64_t((seconds - double(whole)) * f.fps);
}

Expected<TimecodeClock> timecodeClockFor(std::string_view text, FrameRate rate) {
  const bool drop = text.empty() || (text.size() > 8 && text[8] == ';');
  auto format = timecodeFormatFor(rate.frames(), drop);
  if (!format) return timecodeProblem(text, "no timecode at " + rate.toString() + " fps");
  TimecodeClock clock{*format, 0, rate.picturesPerFrame()};
  if (text.empty()) {
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    std::tm local{};
    localtime_r(&now.tv_sec, &local);
    const double seconds = local.tm_hour * 3600.0 + local.tm_min * 60.0 + local.tm_sec + double(now.tv_nsec) / 1e9;
    clock.start = timecodeAtTimeOfDay(seconds, *format, rate);
    return clock;
  }
  if (drop && !format->dropFrame)
    return timecodeProblem(text, "drop-frame timecode (';' before the frames) is for 29.97, 59.94 and 59.94i; "
                                 "use HH:MM:SS:FF at " +
                                     rate.toString());
  auto start = parseTimecode(text, *format);
  if (!start)
    return timecodeProblem(
        text, "expected HH:MM:SS:FF (HH:MM:SS;FF for drop-frame) with frames below " + std::to_string(format->fps) +
                  (format->dropFrame ? "; drop-frame skips ;00 and ;0" + std::to_string(droppedPerMinute(*format) - 1) +
                                           " at the start of each minute not divisible by ten"
                                     : ""));
  clock.start = *start;
  return clock;
}

} // namespace landslide
