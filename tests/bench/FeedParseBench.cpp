// feed_parse_bench: parse + validate + derive of a feed in a loop, for profiling
// (perf record -g build/tests/bench/feed_parse_bench) and for the median it prints.
//   feed_parse_bench [FILE] [ITERATIONS]   (default: the GE2024 sample, 50 times)
#include "feeds/ParseFeed.h"
#include "feeds/base/Files.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

using namespace landslide;

namespace {
// CPU time of this thread: on a shared machine wall time measures the neighbours too.
double cpuMs() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}
double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}
} // namespace

int main(int argc, char** argv) {
  const std::string file = argc > 1 ? argv[1] : LANDSLIDE_SOURCE_DIR "/feeds/samples/ge2024.json";
  const int iterations = argc > 2 ? std::max(1, std::atoi(argv[2])) : 50;
  Expected<std::string> bytes = files::readFile(file, JsonLimits{}.maxBytes);
  if (!bytes) {
    std::fprintf(stderr, "%s\n", bytes.problem().toString().c_str());
    return 2;
  }
  std::vector<double> ms, cpu;
  SnapshotPtr previous;
  for (int i = 0; i < iterations; ++i) {
    ParseOptions options;
    options.previous = previous;
    const double c0 = cpuMs();
    const auto t0 = std::chrono::steady_clock::now();
    ParseResult r = parseFeed(*bytes, file, options);
    const auto t1 = std::chrono::steady_clock::now();
    cpu.push_back(cpuMs() - c0);
    if (!r.ok()) {
      for (const auto& e : r.errors) std::fprintf(stderr, "%s\n", e.toString().c_str());
      return 1;
    }
    previous = r.snapshot;
    ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  std::printf("%s: %zu bytes, %d runs: parse + validate + derive median %.2f ms wall (min %.2f), %.2f ms CPU\n",
              file.c_str(), bytes->size(), iterations, median(ms), *std::min_element(ms.begin(), ms.end()),
              median(cpu));
  return 0;
}
