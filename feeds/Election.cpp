#include "feeds/Election.h"

namespace landslide {

namespace {
struct StatusName {
  ContestStatus status;
  std::string_view name;
};
constexpr StatusName kStatusNames[] = {
    {ContestStatus::Awaiting, "awaiting"},   {ContestStatus::WinnerOnly, "winner-only"},
    {ContestStatus::Declared, "declared"},   {ContestStatus::Recount, "recount"},
    {ContestStatus::Corrected, "corrected"},
};
} // namespace

std::string_view statusName(ContestStatus status) {
  for (const auto& s : kStatusNames)
    if (s.status == status) return s.name;
  return "awaiting";
}

std::optional<ContestStatus> contestStatusFromString(std::string_view text) {
  for (const auto& s : kStatusNames)
    if (s.name == text) return s.status;
  return std::nullopt;
}

bool hasResult(ContestStatus status) {
  return status == ContestStatus::WinnerOnly || status == ContestStatus::Declared || status == ContestStatus::Corrected;
}

bool hasFinalCounts(ContestStatus status) {
  return status == ContestStatus::Declared || status == ContestStatus::Corrected;
}

} // namespace landslide
