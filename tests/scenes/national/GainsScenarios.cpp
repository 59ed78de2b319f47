// Golden moments of the Gains scene (being written).
#include "Scenarios.h"

namespace landslide::test {

std::vector<Scenario> gainsScenarios() { return {}; }

} // namespace landslide::test
