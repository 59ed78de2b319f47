#pragma once
// NightPlan: the ordered, timed events of a results night, made from a published
// election (every seat declared) and the rehearsal's options. Deterministic: the same
// election, options and seed always give the same plan.
//
//   awaiting -> [recount] -> [winner-only] -> declared            (the usual path)
//                                          -> declared, miscounted -> corrected
//
// Times are the real ones: each seat declares at its declaration time (or a simulated
// one); a recount starts before it, full numbers follow a winner-only rush a few
// minutes later, a correction comes later still.

#include "feeds/Election.h"
#include "feeds/base/Expected.h"
#include "feeds/rehearsal/NightClock.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace landslide::rehearsal {

enum class Stage {
  Recount,    // status recount with provisional figures
  WinnerOnly, // the winner, no numbers
  Miscounted, // declared with a slightly wrong count (a correction follows)
  Declared,   // the published result
  Corrected,  // the published result, status corrected
};
const char* stageName(Stage stage);

struct NightEvent {
  int64_t at = 0;          // UTC seconds on the real night
  std::size_t contest = 0; // index into Election::contests
  Stage stage = Stage::Declared;
};

struct NightOptions {
  uint64_t seed = 1;
  double winnerFirst = 0; // share of seats announced winner-only first, 0..1
  int recounts = 0;       // seats sent to a recount (among the closest majorities)
  int corrections = 0;    // declared results corrected later
  std::string date;       // polling day YYYY-MM-DD when the election has no date and no times
};

struct NightPlan {
  NightClock clock;
  std::vector<int64_t> declaredAt; // per contest, UTC (real or simulated)
  std::size_t simulated = 0;       // contests whose time was simulated
  std::vector<NightEvent> events;  // in time order
  std::set<std::size_t> recounts, leadChanges, winnerFirst, corrections;

  // Index one past the last event at or before `utc`.
  std::size_t eventsUntil(int64_t utc) const;
};

// The Problem is one line naming the option or contest that stops the plan.
Expected<NightPlan> planNight(const Election& published, const NightOptions& options);

// A plausible miscount of a declared contest: the same winner and valid-vote total,
// a few votes moved between candidates; nullopt when the contest has no room for one.
std::optional<std::vector<int64_t>> miscount(const Contest& contest);

} // namespace landslide::rehearsal
