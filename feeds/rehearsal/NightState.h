#pragma once
// The revision builder: the feed Election at any position of a NightPlan. Starts with
// every seat awaiting (names, electorates and previous results known, no votes) and
// applies the plan's events in order; after the last event every seat holds exactly
// its published result (status corrected where a correction was played).

#include "feeds/Election.h"
#include "feeds/rehearsal/NightPlan.h"

#include <cstddef>
#include <string>

namespace landslide::rehearsal {

class NightState {
public:
  NightState(const Election& published, const NightPlan& plan);

  // Applies events [position(), end) in order.
  void advanceTo(std::size_t end);
  std::size_t position() const { return position_; }
  const Election& election() const { return state_; }
  std::size_t withResult() const { return withResult_; } // winner known (the "declared" count)
  // The contest the latest event touched (npos before any).
  std::size_t latestContest() const { return latest_; }

private:
  void apply(const NightEvent& event);
  const Election& published_;
  const NightPlan& plan_;
  Election state_;
  std::size_t position_ = 0, withResult_ = 0, latest_ = std::string::npos;
};

// The contest as it stands before any result: no votes, no winner, no time.
Contest awaiting(const Contest& published);
// The feed time of a declaration: the file's own text where it had one.
std::string declarationText(const Contest& published, int64_t utc, int offsetMinutes);

} // namespace landslide::rehearsal
