#pragma once
// deriveJson: the derived figures of a snapshot as JSON text (what `landslide feed
// derive` prints). Percentages and points are rounded to 2 decimals; key order is fixed.

#include "feeds/Snapshot.h"

#include <optional>
#include <string>
#include <string_view>

namespace landslide {

// contestId: one contest only (empty output object with an "error" if not found).
std::string deriveJson(const ResultsSnapshot& snapshot, std::optional<std::string_view> contestId = std::nullopt);

} // namespace landslide
