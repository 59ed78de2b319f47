#include "feeds/rehearsal/NightClock.h"

#include "feeds/Instant.h"

#include <cstdio>

namespace landslide::rehearsal {

namespace {

constexpr int64_t kDay = 86400;

int64_t floorDiv(int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// Civil date of a day count (Howard Hinnant's civil_from_days, public-domain arithmetic).
void civilFromDays(int64_t z, int& y, unsigned& m, unsigned& d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<int>(yoe + era * 400) + (m <= 2);
}

// Day count of the last Sunday of a month.
int64_t lastSunday(int year, unsigned month) {
  const int64_t first = daysFromCivil(month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1);
  int64_t day = first - 1;
  const int64_t weekday = ((day % 7) + 11) % 7; // 1970-01-01 was a Thursday: 0 = Sunday
  return day - weekday;
}

} // namespace

int ukOffsetMinutes(int64_t utc) {
  int y;
  unsigned m, d;
  civilFromDays(floorDiv(utc, kDay), y, m, d);
  const int64_t start = lastSunday(y, 3) * kDay + 3600; // 01:00 UTC
  const int64_t end = lastSunday(y, 10) * kDay + 3600;
  return utc >= start && utc < end ? 60 : 0;
}

int64_t NightClock::timeOfNight(int hour, int minute) const {
  int64_t t = pollsClose - 22 * 3600 + hour * 3600 + minute * 60; // that time on polling day
  if (t < pollsClose) t += kDay;
  return t;
}

std::string NightClock::format(int64_t utc) const {
  const int64_t local = utc + offsetMinutes * 60;
  const int64_t pollingDay = floorDiv(pollsClose + offsetMinutes * 60, kDay);
  const int64_t day = floorDiv(local, kDay);
  const int64_t s = local - day * kDay;
  char buf[32];
  if (day - pollingDay >= 2)
    std::snprintf(buf, sizeof buf, "+%lld %02d:%02d", static_cast<long long>(day - pollingDay - 1), int(s / 3600),
                  int(s / 60 % 60));
  else
    std::snprintf(buf, sizeof buf, "%02d:%02d", int(s / 3600), int(s / 60 % 60));
  return buf;
}

std::optional<NightClock> clockForPollingDay(std::string_view date) {
  const auto at = parseInstant(std::string(date) + "T22:00:00Z");
  if (date.size() != 10 || !at) return std::nullopt;
  NightClock c;
  c.offsetMinutes = ukOffsetMinutes(*at);
  c.pollsClose = *at - c.offsetMinutes * 60;
  return c;
}

NightClock clockForDeclaration(int64_t utc) {
  const int offset = ukOffsetMinutes(utc);
  const int64_t day = floorDiv(utc + offset * 60 - 22 * 3600, kDay);
  NightClock c;
  c.offsetMinutes = offset;
  c.pollsClose = day * kDay + 22 * 3600 - offset * 60;
  return c;
}

std::optional<std::pair<int, int>> parseHourMinute(std::string_view t) {
  if (t.size() != 5 || t[2] != ':') return std::nullopt;
  for (std::size_t i : {0u, 1u, 3u, 4u})
    if (t[i] < '0' || t[i] > '9') return std::nullopt;
  const int h = (t[0] - '0') * 10 + (t[1] - '0'), m = (t[3] - '0') * 10 + (t[4] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  return std::pair{h, m};
}

} // namespace landslide::rehearsal
