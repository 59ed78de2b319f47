// Golden moments of the SeatTally scene (being written).
#include "Scenarios.h"

namespace landslide::test {

std::vector<Scenario> seatTallyScenarios() { return {}; }

} // namespace landslide::test
