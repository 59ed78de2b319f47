#include "TickStats.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace landslide {

namespace {
// Median and 99th percentile (nearest rank) of the first n values.
std::pair<double, double> percentiles(const double* values, size_t n) {
  if (n == 0) return {0, 0};
  std::vector<double> v(values, values + n);
  std::sort(v.begin(), v.end());
  size_t p99 = std::min(n - 1, (n * 99 + 99) / 100 - 1);
  return {v[(n - 1) / 2], v[p99]};
}
} // namespace

void TickStats::add(double drawMs, double hookMs) {
  draw_[count_ % kWindow] = drawMs;
  hook_[count_ % kWindow] = hookMs;
  ++count_;
}

TickSummary TickStats::summary() const {
  size_t n = std::min(count_, kWindow);
  TickSummary s;
  std::tie(s.drawMedianMs, s.drawP99Ms) = percentiles(draw_.data(), n);
  std::tie(s.hookMedianMs, s.hookP99Ms) = percentiles(hook_.data(), n);
  s.samples = n;
  return s;
}

} // namespace landslide
