// Golden moments of the Declarations scene (being written).
#include "Scenarios.h"

namespace landslide::test {

std::vector<Scenario> declarationsScenarios() { return {}; }

} // namespace landslide::test
