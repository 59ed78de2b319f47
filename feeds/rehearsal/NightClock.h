#pragma once
// The clock of a results night: polls close at 22:00 local time on polling day, and a
// time of night "HH:MM" is the first such time after that (03:00 is the next morning).
// Local time is the UK's: GMT, or BST (+01:00) between the last Sundays of March and
// October.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace landslide::rehearsal {

struct NightClock {
  int64_t pollsClose = 0; // UTC seconds of 22:00 local on polling day
  int offsetMinutes = 0;  // local offset from UTC that night (0 or 60)

  // The first HH:MM at or after polls close (22:00 itself is polls close).
  int64_t timeOfNight(int hour, int minute) const;
  // "03:12" (and "+1 15:02" a day later) in local time.
  std::string format(int64_t utcSeconds) const;
};

// The UK's offset in minutes at a UTC instant.
int ukOffsetMinutes(int64_t utcSeconds);
// A clock for polling day YYYY-MM-DD, or nullopt for a malformed date.
std::optional<NightClock> clockForPollingDay(std::string_view isoDate);
// The polling day whose night holds this declaration time (its local date 22 hours earlier).
NightClock clockForDeclaration(int64_t utcSeconds);
// "HH:MM" -> hour and minute, or nullopt.
std::optional<std::pair<int, int>> parseHourMinute(std::string_view text);

} // namespace landslide::rehearsal
