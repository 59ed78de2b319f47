#pragma once
// A small seeded generator (SplitMix64) whose sequence is the same on every platform and
// standard library, unlike std::uniform_*_distribution: --seed N always makes one night.

#include <cstdint>
#include <vector>

namespace landslide::rehearsal {

class Random {
public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double unit() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)
  int64_t below(int64_t n) { return n <= 0 ? 0 : int64_t(next() % uint64_t(n)); }
  template <class T>
  void shuffle(std::vector<T>& v) {
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[std::size_t(below(int64_t(i)))]);
  }

private:
  uint64_t state_;
};

} // namespace landslide::rehearsal
