// Golden moments of the Battleground scene (being written).
#include "Scenarios.h"

namespace landslide::test {

std::vector<Scenario> battlegroundScenarios() { return {}; }

} // namespace landslide::test
