#pragma once
// writeFeed: an Election as feed JSON text, byte-for-byte stable: fixed key order,
// integers only, objects of plain values on one line, two-space indent, final newline.

#include "feeds/Election.h"

#include <nlohmann/json.hpp>

#include <string>

namespace landslide {

nlohmann::ordered_json feedToJson(const Election& election);
std::string writeFeed(const Election& election);
// The layout writeFeed uses, for any ordered JSON value.
std::string compactPretty(const nlohmann::ordered_json& value);

} // namespace landslide
