#include "ConsolePacer.h"

#include <algorithm>

namespace landslide {

std::chrono::milliseconds ConsolePacer::next(uint64_t framesDropped, Clock::time_point now) {
  const bool dropped = seen_ && framesDropped > dropped_;
  seen_ = true;
  dropped_ = framesDropped;
  if (dropped) {
    lastDrop_ = now;
    if (now - lastStep_ >= kStep) {
      period_ = std::min(kSlowest, period_ * 2);
      lastStep_ = now;
    }
  } else if (period_ > kFastest && now - lastDrop_ >= kCalm && now - lastStep_ >= kCalm) {
    period_ = std::max(kFastest, period_ / 2);
    lastStep_ = now;
  }
  return period_;
}

} // namespace landslide
