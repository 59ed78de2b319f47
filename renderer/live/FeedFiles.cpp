#include "FeedFiles.h"

#include "feeds/FileFeedSource.h"
#include "feeds/HttpFeedSource.h"
#include "feeds/ParseFeed.h"
#include "feeds/base/Files.h"

namespace landslide {

SnapshotPtr loadFeedFile(const std::string& file, std::vector<std::string>& errors,
                         std::vector<std::string>& warnings) {
  auto bytes = files::readFile(file, JsonLimits{}.maxBytes);
  if (!bytes) {
    errors.push_back(bytes.error());
    return nullptr;
  }
  ParseResult result = parseFeed(*bytes, file);
  for (const FeedError& e : result.errors) errors.push_back(e.toString());
  for (const FeedError& w : result.warnings) warnings.push_back(w.toString());
  return result.snapshot;
}

std::string firstContestId(const ResultsSnapshot& snapshot) {
  const auto& contests = snapshot.election().contests;
  return contests.empty() ? std::string() : contests.front().id;
}

std::unique_ptr<FeedSource> openFeedSource(const std::string& spec) {
  if (spec.starts_with("http://") || spec.starts_with("https://")) return std::make_unique<HttpFeedSource>(spec);
  return std::make_unique<FileFeedSource>(spec);
}

bool hasContest(const ResultsSnapshot& snapshot, const std::string& id) { return snapshot.findContest(id) != nullptr; }

} // namespace landslide
