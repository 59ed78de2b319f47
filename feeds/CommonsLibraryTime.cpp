// The Library's "Declaration time" column is UK local wall-clock time
// ("13/12/2019 03:04"); the feed carries an instant with its offset, so the UK
// summer-time rule is applied here.

#include "feeds/CommonsLibrary.h"
#include "feeds/Instant.h"

#include <cstdio>

namespace landslide {

namespace {

bool twoDigits(std::string_view t, std::size_t pos) {
  return t[pos] >= '0' && t[pos] <= '9' && t[pos + 1] >= '0' && t[pos + 1] <= '9';
}

// 01:00 UTC on the last Sunday of a month, in seconds since the epoch.
int64_t lastSundayOneUtc(int year, unsigned month) {
  const int64_t nextFirst = month == 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
  const int64_t lastDay = nextFirst - 1;
  const int64_t weekday = ((lastDay % 7) + 11) % 7; // 0 = Sunday; 1970-01-01 was a Thursday
  return (lastDay - weekday) * 86400 + 3600;
}

bool summerTime(int64_t utc, int year) { return utc >= lastSundayOneUtc(year, 3) && utc < lastSundayOneUtc(year, 10); }

} // namespace

std::optional<std::string> ukLocalTimeToInstant(std::string_view t) {
  // Exactly DD/MM/YYYY HH:MM; the range checks are parseInstant's.
  if (t.size() != 16 || t[2] != '/' || t[5] != '/' || t[10] != ' ' || t[13] != ':') return std::nullopt;
  for (std::size_t pos : {0u, 3u, 6u, 8u, 11u, 14u})
    if (!twoDigits(t, pos)) return std::nullopt;
  std::string iso = std::string(t.substr(6, 4)) + "-" + std::string(t.substr(3, 2)) + "-" +
                    std::string(t.substr(0, 2)) + "T" + std::string(t.substr(11, 5)) + ":00Z";
  auto local = parseInstant(iso); // the wall-clock reading as if it were UTC
  if (!local) return std::nullopt;
  const int year = std::stoi(std::string(t.substr(6, 4)));
  // A reading is summer time when, taken as BST, it falls inside BST. In the October
  // hour that occurs twice this picks the first (BST); the March hour that never
  // occurs fits neither reading.
  if (summerTime(*local - 3600, year)) return formatInstant(*local - 3600, 60);
  if (!summerTime(*local, year)) return formatInstant(*local, 0);
  return std::nullopt;
}

} // namespace landslide
