#pragma once
// Medians and 99th percentiles of per-frame samples.
#include <algorithm>
#include <cstddef>
#include <vector>

namespace landslide::bench {

struct Summary {
  double median = 0, p99 = 0;
};

inline double percentile(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, std::size_t(q * double(v.size() - 1) + 0.5))];
}

inline Summary summarise(const std::vector<double>& v) { return {percentile(v, 0.5), percentile(v, 0.99)}; }

} // namespace landslide::bench
