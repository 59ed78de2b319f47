#pragma once
// validateFeed: a parsed JSON document -> Election, with every error and warning
// (see SCHEMA.md for the rules). The Election is meaningful only without errors.

#include "feeds/Election.h"
#include "feeds/FeedError.h"

#include "feeds/JsonArena.h"

#include <string_view>

namespace landslide {

struct ContinuityTable;
class FieldReader;
class PartyTable;

struct ValidationResult {
  Election election;
  FeedErrors problems;
};

ValidationResult validateFeed(const FeedJson& doc, std::string_view file, const ContinuityTable& builtin);

// One contest (ValidateContest.cpp). Returns nullopt when the contest has errors.
std::optional<Contest> readContest(FieldReader& reader, const FeedJson& value, const std::string& path,
                                   const PartyTable& parties);

// The election's projection block (ValidateProjection.cpp); nullopt when absent or bad.
std::optional<Projection> readProjection(FieldReader& reader, const FeedJson& doc, const PartyTable& parties,
                                         std::size_t contests);

inline constexpr int kFormatVersion = 1;
inline constexpr std::string_view kFormatName = "landslide-results";

} // namespace landslide
