#include "FeedBench.h"

#include "feeds/ParseFeed.h"
#include "feeds/base/Files.h"

#include <chrono>

namespace landslide::bench {

ParseResultTimes benchFeedParse(const std::string& file, int runs) {
  ParseResultTimes out;
  out.file = file;
  Expected<std::string> bytes = files::readFile(file, JsonLimits{}.maxBytes);
  if (!bytes) return out.error = bytes.problem().toString(), out;
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    ParseResult parsed = parseFeed(*bytes, file); // reads, validates and derives
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    if (!parsed.ok()) return out.error = parsed.errors.empty() ? file + ": rejected" : parsed.errors[0].toString(), out;
    out.contests = parsed.snapshot->contests().size();
  }
  out.runs = runs;
  out.ms = summarise(ms);
  return out;
}

} // namespace landslide::bench
