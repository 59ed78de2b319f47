// Golden moments of the HexMap scene (being written).
#include "Scenarios.h"

namespace landslide::test {

std::vector<Scenario> hexMapScenarios() { return {}; }

} // namespace landslide::test
