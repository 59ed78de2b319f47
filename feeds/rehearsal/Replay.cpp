#include "feeds/rehearsal/Replay.h"

#include "feeds/FeedWriter.h"
#include "feeds/rehearsal/NightState.h"

#include <chrono>
#include <thread>

namespace landslide::rehearsal {

Expected<ReplaySummary> replayNight(const Election& published, const NightPlan& plan, const ReplayOptions& o,
                                    const std::vector<RevisionSink*>& sinks, const ProgressFn& progress) {
  using Clock = std::chrono::steady_clock;
  const auto wallStart = Clock::now();
  ReplaySummary sum;
  sum.total = published.contests.size();
  const bool max = o.speed <= 0;
  const int64_t firstEvent = plan.events.empty() ? plan.clock.pollsClose : plan.events.front().at;
  const int64_t start = o.start.value_or(firstEvent - 300);
  // --until HH:MM includes declarations within that minute.
  const std::size_t end = o.until ? plan.eventsUntil(*o.until / 60 * 60 + 59) : plan.events.size();

  NightState state(published, plan);
  std::size_t pos = plan.eventsUntil(start);
  if (pos > end) pos = end;
  int64_t night = start;
  Revision r;
  std::optional<Problem> failure;
  auto deliver = [&](std::size_t from, bool last) {
    r.number += 1;
    r.night = night;
    r.events.assign(plan.events.begin() + long(from), plan.events.begin() + long(state.position()));
    r.election = &state.election();
    r.withResult = state.withResult();
    r.last = last;
    const bool anyTakes = last || !max || [&] {
      for (auto* s : sinks)
        if (s->everyRevisionAtMax()) return true;
      return false;
    }();
    r.text = anyTakes ? writeFeed(state.election()) : std::string();
    for (RevisionSink* s : sinks) {
      if (max && !last && !s->everyRevisionAtMax()) continue;
      if (auto delivered = s->deliver(r); !delivered) {
        failure = delivered.problem();
        return false;
      }
    }
    ++sum.revisions;
    if (progress) progress(r);
    return true;
  };

  state.advanceTo(pos);
  sum.startNight = start;
  bool ok = deliver(0, pos == end);
  while (ok && state.position() < end) {
    if (o.stop && o.stop->load()) {
      sum.stopped = true;
      break;
    }
    const std::size_t from = state.position();
    night = plan.events[from].at;
    std::size_t to = from;
    while (to < end && plan.events[to].at == night) ++to;
    if (!max) {
      const auto due = wallStart + std::chrono::duration_cast<Clock::duration>(
                                       std::chrono::duration<double>(double(night - start) / o.speed));
      // Sleep in short steps so that the stop flag is seen promptly.
      while (Clock::now() < due && !(o.stop && o.stop->load()))
        std::this_thread::sleep_until(std::min(due, Clock::now() + std::chrono::milliseconds(200)));
      if (o.stop && o.stop->load()) {
        sum.stopped = true;
        break;
      }
    }
    state.advanceTo(to);
    ok = deliver(from, to == end);
  }
  if (!ok) return *failure;
  sum.events = state.position();
  sum.withResult = state.withResult();
  sum.endNight = night;
  sum.wallSeconds = std::chrono::duration<double>(Clock::now() - wallStart).count();
  return sum;
}

} // namespace landslide::rehearsal
