#pragma once
// Feed-to-air latency: how many frames pass between a new feed file landing (renamed
// into the watched path, as careful writers do) and the first program frame that shows
// it. The engine must be running (start()) with the file's FileFeedSource added.
#include "LiveEngine.h"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace landslide {

struct FeedToAir {
  int64_t frames = 0;  // program frames from the rename to the one drawn with the revision
  double millis = 0.0; // wall time for the same
};

// Writes `document` beside `file`, renames it over `file` and waits (up to `timeout`) for
// the engine to draw a newer revision of `source` than the one on air before. The
// document must differ from the one on air (identical bytes are not a new revision).
// Empty when the revision did not arrive in time (or the write failed).
std::optional<FeedToAir> measureFeedToAir(const LiveEngine& engine, const FeedSource& source,
                                          const std::filesystem::path& file, const std::string& document,
                                          std::chrono::milliseconds timeout = std::chrono::seconds(10));

} // namespace landslide
