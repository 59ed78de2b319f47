#include "feeds/Instant.h"

#include <charconv>
#include <cstdio>

namespace landslide {

namespace {

// Reads exactly `width` digits at text[pos].
std::optional<int> digits(std::string_view text, std::size_t pos, std::size_t width) {
  if (pos + width > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

unsigned daysInMonth(int year, unsigned month) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && leap(year) ? 29 : kDays[month - 1];
}

} // namespace

// Howard Hinnant's days_from_civil algorithm (public-domain arithmetic).
int64_t daysFromCivil(int year, unsigned month, unsigned day) {
  year -= month <= 2;
  const int64_t era = (year >= 0 ? year : year - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(year - era * 400);
  const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

std::optional<int64_t> parseInstant(std::string_view t) {
  auto year = digits(t, 0, 4), month = digits(t, 5, 2), day = digits(t, 8, 2);
  auto hour = digits(t, 11, 2), minute = digits(t, 14, 2);
  if (!year || !month || !day || !hour || !minute) return std::nullopt;
  if (t[4] != '-' || t[7] != '-' || (t[10] != 'T' && t[10] != 't') || t[13] != ':') return std::nullopt;
  if (*month < 1 || *month > 12 || *day < 1 || unsigned(*day) > daysInMonth(*year, unsigned(*month)))
    return std::nullopt;
  if (*hour > 23 || *minute > 59) return std::nullopt;
  std::size_t pos = 16;
  int second = 0;
  if (pos < t.size() && t[pos] == ':') {
    auto s = digits(t, pos + 1, 2);
    if (!s || *s > 59) return std::nullopt;
    second = *s;
    pos += 3;
    if (pos < t.size() && t[pos] == '.') {
      ++pos;
      std::size_t start = pos;
      while (pos < t.size() && t[pos] >= '0' && t[pos] <= '9') ++pos;
      if (pos == start) return std::nullopt;
    }
  }
  int offset = 0;
  if (pos < t.size() && (t[pos] == 'Z' || t[pos] == 'z')) {
    ++pos;
  } else if (pos < t.size() && (t[pos] == '+' || t[pos] == '-')) {
    auto oh = digits(t, pos + 1, 2), om = digits(t, pos + 4, 2);
    if (!oh || !om || pos + 3 >= t.size() || t[pos + 3] != ':' || *oh > 23 || *om > 59) return std::nullopt;
    offset = (*oh * 60 + *om) * (t[pos] == '-' ? -1 : 1);
    pos += 6;
  } else {
    return std::nullopt; // an offset is required: local times are ambiguous
  }
  if (pos != t.size()) return std::nullopt;
  int64_t days = daysFromCivil(*year, unsigned(*month), unsigned(*day));
  return days * 86400 + *hour * 3600 + *minute * 60 + second - int64_t(offset) * 60;
}

std::string formatInstant(int64_t secondsUtc, int offsetMinutes) {
  int64_t local = secondsUtc + int64_t(offsetMinutes) * 60;
  int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  int64_t secs = local - days * 86400;
  // civil_from_days (the inverse of daysFromCivil).
  int64_t z = days + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400 + (m <= 2);
  int off = (offsetMinutes < 0 ? -offsetMinutes : offsetMinutes) % (24 * 60);
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02d%c%02d:%02d", static_cast<long long>(y), m, d,
                int(secs / 3600), int(secs / 60 % 60), int(secs % 60), offsetMinutes < 0 ? '-' : '+', off / 60,
                off % 60);
  return buf;
}

} // namespace landslide
