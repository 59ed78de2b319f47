#include "BenchFeeds.h"
#include "live/FeedFiles.h"

#include "feeds/FeedWriter.h"
#include "feeds/ParseFeed.h"

#include <algorithm>
#include <cstdlib>

namespace landslide::bench {

std::string samplesDirectory() {
  if (const char* env = std::getenv("LANDSLIDE_SAMPLES"); env && *env) return env;
  return LANDSLIDE_SOURCE_SAMPLES;
}
std::string seatSample() { return samplesDirectory() + "/by-elections-2023-10-19.json"; }
std::string nationalSample() { return samplesDirectory() + "/ge2024.json"; }

std::string revisedFeedText(const ResultsSnapshot& data, int revisions, int percent) {
  Election e = data.election();
  for (Contest& c : e.contests) {
    c.revision += revisions;
    if (c.candidates.size() < 2) continue;
    std::vector<Candidate*> byVotes;
    for (Candidate& k : c.candidates) byVotes.push_back(&k);
    std::sort(byVotes.begin(), byVotes.end(), [](auto* a, auto* b) { return a->votes > b->votes; });
    int64_t moved = byVotes[0]->votes * percent / 100;
    byVotes[0]->votes -= moved; // the total stays the same: validVotes still adds up
    byVotes[1]->votes += moved;
  }
  return writeFeed(e);
}

BenchFeed loadBenchFeed(const std::string& file) {
  BenchFeed feed;
  feed.file = file;
  std::vector<std::string> errors, warnings;
  feed.data = loadFeedFile(file, errors, warnings);
  if (!feed.data) {
    feed.error = errors.empty() ? file + ": unreadable" : errors.front();
    return feed;
  }
  ParseResult revised = parseFeed(revisedFeedText(*feed.data, 1, 3), file);
  if (!revised.ok()) {
    feed.error =
        file + ": its revision does not parse: " + (revised.errors.empty() ? "" : revised.errors[0].toString());
    return feed;
  }
  feed.revised = revised.snapshot;
  return feed;
}

} // namespace landslide::bench
