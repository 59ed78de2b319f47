#include "feeds/ParseFeed.h"

#include "feeds/Continuity.h"
#include "feeds/JsonArena.h"
#include "feeds/Validate.h"

#include <exception>

namespace landslide {

namespace {

void split(FeedErrors&& problems, ParseResult& out) {
  for (auto& p : problems) (p.isError() ? out.errors : out.warnings).push_back(std::move(p));
}

// A contest's revision only rises; going backwards usually means a stale file or a
// cache serving an old document, which the operator should hear about.
void checkRevisions(const Election& now, const ResultsSnapshot& before, std::string_view file, FeedErrors& warnings) {
  for (std::size_t i = 0; i < now.contests.size(); ++i) {
    const Contest& c = now.contests[i];
    const Contest* old = before.findContest(c.id);
    if (old && c.revision < old->revision)
      warnings.push_back(FeedError{std::string(file), "/contests/" + std::to_string(i) + "/revision",
                                   "revision went backwards from " + std::to_string(old->revision) + " to " +
                                       std::to_string(c.revision),
                                   FeedError::Severity::Warning, "revision"});
  }
}

ParseResult parseChecked(std::string_view bytes, std::string_view fileName, const ParseOptions& options) {
  ParseResult out;
  ValidationResult validated;
  {
    // The document's nodes come from the arena and go with it at the end of this block.
    JsonArena arena;
    JsonArena::Scope scope(arena);
    auto read = readFeedJson(bytes, fileName, options.limits);
    split(std::move(read.problems), out);
    if (!out.errors.empty()) return out;
    validated = validateFeed(read.value, fileName, builtinContinuity());
  }
  split(std::move(validated.problems), out);
  if (!out.errors.empty()) return out;
  if (options.previous) checkRevisions(validated.election, *options.previous, fileName, out.warnings);
  out.snapshot = std::make_shared<const ResultsSnapshot>(
      std::move(validated.election), out.warnings, options.sourceRevision,
      options.sourceName.empty() ? std::string(fileName) : options.sourceName, options.previous.get());
  return out;
}

} // namespace

ParseResult parseFeed(std::string_view bytes, std::string_view fileName, const ParseOptions& options) {
  // The parser and validator report problems as values; this catch is only for
  // resource exhaustion (std::bad_alloc), which must not take the program down either.
  try {
    return parseChecked(bytes, fileName, options);
  } catch (const std::exception& e) {
    ParseResult out;
    out.errors.push_back(FeedError{std::string(fileName), "",
                                   std::string("could not process the document: ") + e.what(),
                                   FeedError::Severity::Error, "internal"});
    return out;
  }
}

} // namespace landslide
