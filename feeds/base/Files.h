#pragma once
// Reading and writing whole files, the one way the project does it.
// readFile takes only regular files and never blocks: a FIFO, a device or a directory
// renamed over a watched path is refused, not waited on. writeFileAtomically leaves the
// old file or the new one, never a truncated one: a full disk or a read-only directory
// is a Problem and the last good file stays where it was.

#include "feeds/base/Expected.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace landslide::files {

// Rules in the Problems these return: "missing", "not-regular", "too-large", "read-failed",
// "write-failed".
Expected<std::string> readFile(const std::string& path, std::size_t maxBytes);

Expected<void> writeFileAtomically(const std::string& path, std::string_view text);

// The temporary name every atomic write uses for `target`: hidden, beside it (a rename
// never crosses filesystems) and unique to this process and call.
std::filesystem::path temporaryNameFor(const std::filesystem::path& target);

} // namespace landslide::files
