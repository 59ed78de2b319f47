#pragma once
// Writing a file so that a reader (a watching serve or console) sees the old document
// or the new one, never half of one: a temporary file in the same directory, fsync'd,
// renamed over the target, and the directory fsync'd so the rename survives a crash.

#include <string>

namespace landslide::rehearsal {

bool writeFileAtomically(const std::string& path, const std::string& text, std::string& error);

} // namespace landslide::rehearsal
