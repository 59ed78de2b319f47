#pragma once
// Reading a feed document from disk for the offline commands (live sources read on their
// own worker threads; see feeds/).
#include "playout/Playout.h"

#include "feeds/FeedSource.h"

#include <memory>

#include <string>
#include <vector>

namespace landslide {

// The snapshot, or null with every error as "FILE: PATH: reason" lines.
SnapshotPtr loadFeedFile(const std::string& file, std::vector<std::string>& errors, std::vector<std::string>& warnings);
// The first contest's id in the feed (the default binding), or empty.
std::string firstContestId(const ResultsSnapshot& snapshot);
bool hasContest(const ResultsSnapshot& snapshot, const std::string& id);
// A live source for --feed SOURCE: http(s)://… polls a URL, anything else watches a file.
std::unique_ptr<FeedSource> openFeedSource(const std::string& spec);

} // namespace landslide
