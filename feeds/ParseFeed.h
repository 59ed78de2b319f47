#pragma once
// parseFeed: bytes -> immutable snapshot, or every error found. Safe on any input:
// size, nesting and value count are bounded; nothing throws to the caller.

#include "feeds/FeedError.h"
#include "feeds/JsonReader.h"
#include "feeds/Snapshot.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace landslide {

struct ParseOptions {
  uint64_t sourceRevision = 0; // stamped on the snapshot
  std::string sourceName;      // stamped on the snapshot ("" = the file name)
  JsonLimits limits;
  SnapshotPtr previous; // the source's last good snapshot: a contest whose
                        // revision goes backwards is a warning
};

struct ParseResult {
  SnapshotPtr snapshot; // null when the document was rejected
  FeedErrors errors;    // every error (document rejected when non-empty)
  FeedErrors warnings;  // also stored in the snapshot
  bool ok() const { return snapshot != nullptr; }
};

ParseResult parseFeed(std::string_view bytes, std::string_view fileName, const ParseOptions& options = {});

} // namespace landslide
