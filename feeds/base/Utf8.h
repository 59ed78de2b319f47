#pragma once
// UTF-8, the one way the project handles it: every function goes through utfcpp.
// Text from clients and feeds may be invalid; nothing here throws.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace landslide::utf8text {

bool isValid(std::string_view text);

// Code points in valid text; for invalid text, each invalid byte counts as one.
std::size_t length(std::string_view text);

// Code points, each invalid byte read as U+FFFD.
std::vector<char32_t> decode(std::string_view text);

void append(std::string& out, char32_t codePoint);

// The text with each invalid byte removed (control clients send Latin-1 by mistake).
std::string dropInvalid(std::string_view text);

// The first `maxCodePoints` code points of valid text, never cutting a sequence.
std::string_view truncate(std::string_view text, std::size_t maxCodePoints);

} // namespace landslide::utf8text
