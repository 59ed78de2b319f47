#pragma once
// The rows of vote-bars, as data: page one's candidates (top N plus "Others") and page
// two's share changes, each keyed so a data update can match old rows with new ones.
#include "kit/Look.h"

#include <optional>
#include <string>
#include <vector>

namespace landslide {

struct VoteRow {
  std::string key;   // stable across data revisions: candidate name + party, or "others"
  std::string name;  // candidate (or "Others")
  std::string party; // party name (or "7 candidates")
  std::string code;  // canonical party code; "" for Others
  Rgba colour;
  int64_t votes = 0;
  double share = 0;
  bool winner = false;
};

struct VoteTable {
  std::vector<VoteRow> rows;
  bool figures = false; // votes and shares are known (declared, corrected, full recount)
  double axis = 10;     // the share a full-length bar stands for
};

// Top N candidates by votes, the rest combined as "Others" (unless only one is left).
VoteTable voteTable(const Look& look, int topN);

struct ChangeRow {
  std::string key; // party code
  std::string name;
  std::string code;
  Rgba colour;
  std::optional<double> change; // points; none for a new party
  bool isNew = false;
  bool standing = true;
};

struct ChangeTable {
  std::vector<ChangeRow> rows;
  std::string unavailable; // why there is nothing to compare, when there is nothing
  double axis = 10;        // the change a half-length bar stands for
};

// Parties by votes with their change in share since the previous election; new
// parties marked NEW; parties that stood last time only come last.
ChangeTable changeTable(const Look& look, int topN);

struct VoteBarsOptions : SceneOptions {
  int topN = 0; // candidates before Others, 1..20 (0: the theme's layout.topN)
};
Expected<VoteBarsOptions> parseVoteBarsOptions(const nlohmann::json& options);

// The layer's row count: options.topN, else the theme's.
int topN(const SceneInput& in);

// A round number at or above `value`: the scale a bar's full length stands for.
double niceAxis(double value, double step);

} // namespace landslide
