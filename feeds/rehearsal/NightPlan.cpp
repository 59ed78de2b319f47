#include "feeds/rehearsal/NightPlan.h"

#include "feeds/Instant.h"
#include "feeds/rehearsal/Random.h"
#include "feeds/rehearsal/SimulatedTimes.h"

#include <algorithm>
#include <numeric>

namespace landslide::rehearsal {

namespace {

// Candidate indices by votes, highest first (ties in feed order).
std::vector<std::size_t> ranking(const Contest& c) {
  std::vector<std::size_t> order(c.candidates.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return c.candidates[a].votes > c.candidates[b].votes; });
  return order;
}

int64_t majorityOf(const Contest& c) {
  const auto r = ranking(c);
  return r.size() < 2 ? INT64_MAX : c.candidates[r[0]].votes - c.candidates[r[1]].votes;
}

// Up to n of the candidates, chosen by the generator.
std::set<std::size_t> choose(std::vector<std::size_t> pool, std::size_t n, Random& random) {
  random.shuffle(pool);
  pool.resize(std::min(pool.size(), n));
  return {pool.begin(), pool.end()};
}

} // namespace

const char* stageName(Stage s) {
  switch (s) {
  case Stage::Recount: return "recount";
  case Stage::WinnerOnly: return "winner-only";
  case Stage::Miscounted: return "declared (miscounted)";
  case Stage::Declared: return "declared";
  case Stage::Corrected: return "corrected";
  }
  return "?";
}

std::size_t NightPlan::eventsUntil(int64_t utc) const {
  return std::size_t(
      std::upper_bound(events.begin(), events.end(), utc, [](int64_t t, const NightEvent& e) { return t < e.at; }) -
      events.begin());
}

std::optional<std::vector<int64_t>> miscount(const Contest& c) {
  const auto r = ranking(c);
  if (r.size() < 2) return std::nullopt;
  std::vector<int64_t> votes;
  for (const auto& cand : c.candidates) votes.push_back(cand.votes);
  const int64_t margin = votes[r[0]] - votes[r[1]];
  // A transposed bundle between the second and third candidates where there are three,
  // else a few of the winner's votes credited to the runner-up; the winner stays.
  const std::size_t from = r.size() >= 3 ? r[2] : r[0];
  const int64_t room = r.size() >= 3 ? std::min(votes[from], margin - 1) : (margin - 1) / 2;
  const int64_t k = std::min<int64_t>({room, 500, std::max<int64_t>(1, votes[from] / 10)});
  if (k < 1) return std::nullopt;
  votes[from] -= k;
  votes[r[1]] += k;
  return votes;
}

namespace {

Problem planProblem(std::string reason) { return Problem::error("", "", std::move(reason), "night-plan"); }

} // namespace

Expected<NightPlan> planNight(const Election& e, const NightOptions& o) {
  if (o.winnerFirst < 0 || o.winnerFirst > 1) return planProblem("--winner-first must be a share between 0 and 1");
  if (o.recounts < 0 || o.corrections < 0) return planProblem("--recounts and --corrections must not be negative");
  NightPlan plan;
  const std::size_t n = e.contests.size();
  std::vector<std::optional<int64_t>> given(n);
  std::optional<int64_t> first;
  for (std::size_t i = 0; i < n; ++i) {
    if (!hasFinalCounts(e.contests[i].status))
      return planProblem("contest " + e.contests[i].id + " has no declared result to replay");
    if (e.contests[i].declaredAt) given[i] = parseInstant(*e.contests[i].declaredAt);
    if (given[i]) first = std::min(first.value_or(*given[i]), *given[i]);
  }
  const std::string date = !o.date.empty() ? o.date : e.date;
  if (!date.empty()) {
    auto clock = clockForPollingDay(date);
    if (!clock) return planProblem("polling day '" + date + "' is not a date YYYY-MM-DD");
    plan.clock = *clock;
  } else if (first) {
    plan.clock = clockForDeclaration(*first);
  } else {
    return planProblem(
        "the files have no declaration times: give the polling day (--date YYYY-MM-DD) to simulate a night");
  }
  const auto simulated = simulateDeclarationTimes(n, plan.clock, o.seed);
  plan.declaredAt.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    plan.declaredAt[i] = given[i].value_or(simulated[i]);
    plan.simulated += given[i] ? 0 : 1;
  }

  // Who does what: recounts among the closest majorities, corrections among the rest.
  Random random(o.seed);
  std::vector<std::size_t> byMajority(n);
  std::iota(byMajority.begin(), byMajority.end(), 0);
  std::stable_sort(byMajority.begin(), byMajority.end(),
                   [&](std::size_t a, std::size_t b) { return majorityOf(e.contests[a]) < majorityOf(e.contests[b]); });
  std::vector<std::size_t> close;
  for (std::size_t i : byMajority)
    if (e.contests[i].candidates.size() >= 2 && close.size() < std::size_t(o.recounts) * 3) close.push_back(i);
  plan.recounts = choose(close, std::size_t(o.recounts), random);
  bool change = true; // every other recount's provisional count had the runner-up ahead
  for (std::size_t i : plan.recounts) {
    if (change) plan.leadChanges.insert(i);
    change = !change;
  }
  std::vector<std::size_t> correctable;
  for (std::size_t i = 0; i < n; ++i)
    if (!plan.recounts.count(i) && miscount(e.contests[i])) correctable.push_back(i);
  plan.corrections = choose(correctable, std::size_t(o.corrections), random);
  std::vector<std::size_t> all(n);
  std::iota(all.begin(), all.end(), 0);
  plan.winnerFirst = choose(all, std::size_t(o.winnerFirst * double(n) + 0.5), random);

  for (std::size_t i = 0; i < n; ++i) {
    const int64_t t = plan.declaredAt[i];
    if (plan.recounts.count(i)) plan.events.push_back({t - 60 * (30 + random.below(61)), i, Stage::Recount});
    int64_t full = t;
    if (plan.winnerFirst.count(i)) {
      plan.events.push_back({t, i, Stage::WinnerOnly});
      full = t + 60 * (2 + random.below(7));
    }
    const bool corrected = plan.corrections.count(i) > 0;
    plan.events.push_back({full, i, corrected ? Stage::Miscounted : Stage::Declared});
    if (corrected) plan.events.push_back({full + 60 * (20 + random.below(41)), i, Stage::Corrected});
  }
  std::stable_sort(plan.events.begin(), plan.events.end(),
                   [](const NightEvent& a, const NightEvent& b) { return a.at < b.at; });
  return plan;
}

} // namespace landslide::rehearsal
