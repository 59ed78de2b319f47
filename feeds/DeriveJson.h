#pragma once
// deriveJson: the derived figures of a snapshot as JSON text (what `landslide feed
// derive` prints). Percentages and points are rounded to 2 decimals; key order is fixed.

#include "feeds/Snapshot.h"

#include <optional>
#include <string>
#include <string_view>

namespace landslide {

struct DeriveJsonOptions {
  std::string challenger, defender; // the battleground's parties ("" = deriveBattleground's defaults)
  std::size_t latest = 20;          // how many ids latest_declared lists
};

// contestId: one contest only (empty output object with an "error" if not found).
// The whole election adds totals, projection, battleground and latest_declared.
std::string deriveJson(const ResultsSnapshot& snapshot, std::optional<std::string_view> contestId = std::nullopt,
                       const DeriveJsonOptions& options = {});

} // namespace landslide
