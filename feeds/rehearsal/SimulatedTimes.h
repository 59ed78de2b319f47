#pragma once
// Declaration times for a night whose files have none (the Library's 2024 CSVs): a
// plausible night from a seed — a few seats before midnight, most between 01:00 and
// 05:00 (peaking around 03:00), a tail into the next afternoon. Minute resolution, like
// the Library's own column.

#include "feeds/rehearsal/NightClock.h"

#include <cstdint>
#include <vector>

namespace landslide::rehearsal {

// One UTC time per contest, drawn in contest order from seed.
std::vector<int64_t> simulateDeclarationTimes(std::size_t contests, const NightClock& clock, uint64_t seed);

} // namespace landslide::rehearsal
