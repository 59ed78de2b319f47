#include "feeds/rehearsal/NightState.h"

#include "feeds/Instant.h"

#include <algorithm>

namespace landslide::rehearsal {

Contest awaiting(const Contest& p) {
  Contest c = p;
  c.status = ContestStatus::Awaiting;
  c.revision = 0;
  c.validVotes.reset();
  c.rejected.reset();
  c.declaredAt.reset();
  c.notes.clear();
  for (auto& cand : c.candidates) {
    cand.votes = 0;
    cand.hasVotes = false;
    cand.elected = false;
  }
  return c;
}

std::string declarationText(const Contest& p, int64_t utc, int offsetMinutes) {
  if (p.declaredAt && parseInstant(*p.declaredAt) == utc) return *p.declaredAt;
  return formatInstant(utc, offsetMinutes);
}

NightState::NightState(const Election& published, const NightPlan& plan) : published_(published), plan_(plan) {
  state_ = published;
  for (auto& c : state_.contests) c = awaiting(c);
}

void NightState::advanceTo(std::size_t end) {
  end = std::min(end, plan_.events.size());
  for (; position_ < end; ++position_) apply(plan_.events[position_]);
}

void NightState::apply(const NightEvent& ev) {
  const Contest& p = published_.contests[ev.contest];
  Contest& c = state_.contests[ev.contest];
  const bool had = hasResult(c.status);
  const int64_t revision = c.revision + 1;
  std::size_t winner = 0;
  for (std::size_t i = 1; i < p.candidates.size(); ++i)
    if (p.candidates[i].votes > p.candidates[winner].votes) winner = i;
  switch (ev.stage) {
  case Stage::Recount: {
    c = p;
    c.status = ContestStatus::Recount;
    c.declaredAt.reset();
    c.rejected.reset();
    std::size_t second = winner == 0 ? 1 : 0;
    for (std::size_t i = 0; i < p.candidates.size(); ++i)
      if (i != winner && p.candidates[i].votes > p.candidates[second].votes) second = i;
    for (auto& cand : c.candidates) cand.elected = false;
    if (plan_.leadChanges.count(ev.contest)) { // the first count had the runner-up ahead
      std::swap(c.candidates[winner].votes, c.candidates[second].votes);
    } else { // the first count had the winner further ahead
      const int64_t k = std::min(p.candidates[second].votes / 10, p.candidates[winner].votes / 10);
      c.candidates[winner].votes += k;
      c.candidates[second].votes -= k;
    }
    break;
  }
  case Stage::WinnerOnly:
    c = awaiting(p);
    c.status = ContestStatus::WinnerOnly;
    c.candidates[winner].elected = true;
    c.declaredAt = declarationText(p, plan_.declaredAt[ev.contest], plan_.clock.offsetMinutes);
    break;
  case Stage::Miscounted: {
    c = p;
    c.status = ContestStatus::Declared;
    const auto votes = miscount(p);
    for (std::size_t i = 0; votes && i < c.candidates.size(); ++i) c.candidates[i].votes = (*votes)[i];
    c.declaredAt = declarationText(p, plan_.declaredAt[ev.contest], plan_.clock.offsetMinutes);
    break;
  }
  case Stage::Declared:
  case Stage::Corrected:
    c = p;
    c.status = ev.stage == Stage::Declared ? ContestStatus::Declared : ContestStatus::Corrected;
    c.declaredAt = declarationText(p, plan_.declaredAt[ev.contest], plan_.clock.offsetMinutes);
    break;
  }
  c.revision = revision;
  if (!had && hasResult(c.status)) ++withResult_;
  if (had && !hasResult(c.status)) --withResult_;
  latest_ = ev.contest;
}

} // namespace landslide::rehearsal
