#pragma once
// The feed's data model: raw counts exactly as the feed states them. Nothing here is
// derived; see Derived.h for shares, swing and the rest.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace landslide {

struct Party {
  std::string code;               // feed identifier, e.g. "LAB", "LABCOOP", "REF"
  std::string name;               // full name, e.g. "Labour and Co-operative"
  std::string shortName;          // on-air upper-case code, e.g. "LAB"
  std::optional<uint32_t> colour; // 0xRRGGBB override of the theme's colour
  std::string countsAs;           // canonical party this code counts as ("" = itself)
  bool independent = false;       // candidates stand alone: never pooled, no change
  bool speaker = false;           // the Commons Speaker seeking re-election
};

struct Candidate {
  std::string name;      // full UTF-8 name as on the ballot
  std::string partyCode; // a Party::code (unknown codes are a warning, drawn as "other")
  int64_t votes = 0;     // 0 when not yet known (awaiting, winner-only)
  bool hasVotes = false; // the feed gave a vote count
  bool elected = false;  // the returning officer declared this candidate elected
};

enum class ContestStatus {
  Awaiting,   // no result yet
  WinnerOnly, // winner announced before the numbers; exempt from vote-sum rules
  Declared,   // full result declared
  Recount,    // a recount is under way: figures, if any, are provisional
  Corrected,  // a declared result corrected afterwards (revision says which)
};

std::string_view statusName(ContestStatus status); // "awaiting", "winner-only", ...
std::optional<ContestStatus> contestStatusFromString(std::string_view text);
bool hasResult(ContestStatus status);      // winner known: WinnerOnly, Declared, Corrected
bool hasFinalCounts(ContestStatus status); // Declared, Corrected

struct PreviousVote {
  std::string partyCode; // continuity applies (BRX counts as REF, LABCOOP as LAB)
  int64_t votes = 0;
};

struct PreviousResult {
  std::string label;               // e.g. "2019", "2019 notional"
  std::vector<PreviousVote> votes; // per party; independents one entry per candidate
  std::optional<int64_t> electorate;
  std::optional<int64_t> validVotes; // when absent: the sum of votes
  std::optional<int64_t> rejected;   // absent in notional results
};

struct Contest {
  std::string id; // stable id: ONS/GSS code for Westminster seats
  std::string name;
  ContestStatus status = ContestStatus::Awaiting;
  int64_t revision = 0;              // rises with every change to this contest
  std::optional<int64_t> electorate; // registered electors; absent = unknown (no turnout)
  std::optional<int64_t> validVotes;
  std::optional<int64_t> rejected;   // rejected ballots; absent = unknown
  std::vector<Candidate> candidates; // in feed order
  std::optional<PreviousResult> previous;
  std::vector<std::string> notes; // caption lines from the desk
  // When the result was declared: ISO 8601 with offset, "2019-12-13T03:04:00+00:00"
  // (absent: unknown; "latest declared" then falls back to arrival order).
  std::optional<std::string> declaredAt;
};

struct ProjectedSeats {
  std::string partyCode; // a Party::code (unknown codes are a warning)
  int seats = 0;
};

// An exit poll or forecast: projected seats per party, published before or during the count.
struct Projection {
  std::string label;                 // "EXIT POLL", "BBC/ITV/SKY FORECAST" or any text
  std::string publishedAt;           // ISO 8601 with offset, "" when the feed gives none
  std::vector<ProjectedSeats> seats; // in feed order
};

struct Election {
  int formatVersion = 1;
  std::string name;
  std::string date; // optional ISO date, e.g. "2024-07-04"
  std::vector<Party> parties;
  std::vector<Contest> contests;
  std::optional<Projection> projection;
};

} // namespace landslide
