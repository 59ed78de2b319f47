#pragma once
// ISO 8601 date-times with an offset ("2019-12-13T03:04:00+00:00", "...Z"): checked and
// turned into seconds since 1970-01-01 UTC, so times with different offsets compare.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace landslide {

// Seconds since the epoch (UTC); nullopt unless the text is YYYY-MM-DDTHH:MM[:SS[.fff]]
// followed by Z or ±HH:MM, with every field in range.
std::optional<int64_t> parseInstant(std::string_view text);
// "2019-12-13T03:04:00+00:00" for an instant shown at a UTC offset in minutes.
std::string formatInstant(int64_t secondsUtc, int offsetMinutes);
// Days since 1970-01-01 of a proleptic Gregorian date (negative before it).
int64_t daysFromCivil(int year, unsigned month, unsigned day);

} // namespace landslide
