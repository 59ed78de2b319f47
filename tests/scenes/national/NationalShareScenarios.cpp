// Golden moments of the NationalShare scene (being written).
#include "Scenarios.h"

namespace landslide::test {

std::vector<Scenario> nationalShareScenarios() { return {}; }

} // namespace landslide::test
