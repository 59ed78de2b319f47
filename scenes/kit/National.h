#pragma once
// National: what the election-wide scenes (seat-tally, gains, national-share) share as
// data — the parties that matter (top N plus "Others"), the count so far ("412 OF 650
// DECLARED"), and rows that move from the previous snapshot's values to the current ones.
#include "kit/Look.h"

#include <optional>
#include <string>
#include <vector>

namespace landslide {

// One party's line in a national table. Values are doubles so a row can be drawn part of
// the way between two snapshots.
struct PartyRow {
  std::string key;  // canonical party code, or "others"
  std::string code; // canonical party code; "" for Others
  std::string name; // "Labour", "Others"
  Rgba colour;
  double seats = 0, net = 0, gains = 0, losses = 0;
  double share = 0;
  std::optional<double> change;    // share change in points
  std::optional<double> projected; // projected seats
  int members = 1;                 // parties pooled (Others)
};

// The election's count, as the headers quote it.
struct NationalCount {
  int contests = 0, declared = 0, counted = 0, majorityLine = 0;
};
NationalCount nationalCount(const ResultsSnapshot& results);
// "412 OF 650 DECLARED", "ALL 650 DECLARED", "NO SEATS DECLARED".
std::string declaredText(const NationalCount& count);
// "BASED ON 411 OF 650 SEATS" while incomplete; "" once complete unless `whenComplete`
// ("ALL 650 SEATS").
std::string basisText(const NationalCount& count, bool whenComplete);

// "UK general election 2024 · 4 July 2024 · change since 2019 notional": the subtitle with
// what the change is against (the first contest's previous label), when there is one.
std::string changeSubtitle(const Look& look);

enum class RankBy { Seats, Projected, Net, Share };

// The parties that matter: totals ranked by `by`, the first `topN` that have anything to
// show for it, the rest pooled as Others (only when they have something to show). Others
// comes last whatever its size. For RankBy::Projected, Others' projection is what the
// projection leaves of the seats (650 less the parties it names).
std::vector<PartyRow> nationalRows(const Look& look, RankBy by, int topN, bool keepZero = false);

// A row between two tables: the mixed values, its place (a fractional row index) and how
// present it is (a row joining or leaving the table fades).
struct RowTween {
  PartyRow row;
  float index = 0;
  float presence = 1;
  bool sliding = false; // changing places: drawn over a patch of plate so it hides what it passes
  bool joined = false;  // not in the earlier table
};
// Pairs rows by key; `t` 0..1 from `from` to `to`. Rising rows come last (drawn in front).
std::vector<RowTween> tweenRows(const std::vector<PartyRow>& from, const std::vector<PartyRow>& to, float t);

// A round number at or above `value` (a multiple of `step`): the scale a bar's length stands for.
double roundUp(double value, double step);

float mix(float a, float b, float t);
double mixd(double a, double b, float t);

} // namespace landslide
