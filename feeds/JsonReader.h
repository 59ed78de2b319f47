#pragma once
// readJson: bytes -> JSON document with every limit enforced before and during the
// parse, so no input can exhaust memory or the stack. Errors come back as values.

#include "feeds/FeedError.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string_view>

namespace landslide {

struct JsonLimits {
  std::size_t maxBytes = 16u << 20;  // 16 MiB: eight times the 650-seat feed
  std::size_t maxDepth = 32;         // a feed nests 5 deep; 32 leaves room, bounds the parser
  std::size_t maxValues = 1'000'000; // about 20x the values of the 650-seat feed
};

struct JsonReadResult {
  nlohmann::json value; // valid only when no error was reported
  FeedErrors problems;  // errors and warnings (a BOM is a warning)
  bool ok() const { return !hasErrors(problems); }
};

JsonReadResult readJson(std::string_view bytes, std::string_view file, const JsonLimits& limits = {});

// Line and column (1-based, columns in bytes) of a byte offset, for messages.
struct TextPosition {
  std::size_t line = 1;
  std::size_t column = 1;
};
TextPosition textPosition(std::string_view bytes, std::size_t offset);

// Makes text from the input safe to print in a message: control characters escaped,
// long text cut with an ellipsis.
std::string printable(std::string_view text, std::size_t maxChars = 80);

} // namespace landslide
