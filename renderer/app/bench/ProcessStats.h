#pragma once
// What the whole process spends: CPU time of every thread (llvmpipe's rasteriser threads
// and the sinks' workers included), peak resident memory, and time since it started.
#include <cstdint>

namespace landslide::bench {

double processCpuSeconds();        // user + system, all threads (getrusage RUSAGE_SELF)
int64_t peakResidentKiB();         // VmHWM from /proc/self/status; -1 when unreadable
bool resetPeakResident();          // writes 5 to /proc/self/clear_refs: VmHWM starts again from now
double secondsSinceProcessStart(); // from /proc/self/stat's start time (10 ms resolution)

} // namespace landslide::bench
