#pragma once
// The bundled hex cartograms (assets/hexmaps/*.hexjson), compiled into the binary by
// scenes/CMakeLists.txt so the map draws the same wherever the binary runs.
#include <string_view>

namespace landslide {

std::string_view hexLayout2024Text(); // uk-constituencies-2024.hexjson: 2024 boundaries
std::string_view hexLayout2010Text(); // uk-constituencies-2010.hexjson: 2010-2023 boundaries

} // namespace landslide
