#pragma once
// Checks on text from a feed that are heuristics, hence warnings rather than errors.

#include <optional>
#include <string>
#include <string_view>

namespace landslide {

// When a (valid UTF-8) string looks like UTF-8 that was decoded as Latin-1 or
// Windows-1252 and encoded again ("Ã\u0081ine" for "Áine"), returns the repaired text.
std::optional<std::string> repairDoubleEncoding(std::string_view text);

} // namespace landslide
