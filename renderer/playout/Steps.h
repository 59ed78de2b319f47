#pragma once
// --steps "T CMD; T CMD …": a timeline in seconds from TAKE, so page changes, exits and
// data updates render offline exactly as live. Commands: next, out, update FILE.
#include "FrameRate.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace landslide {

struct Step {
  int64_t frame = 0;
  enum class Kind { Next, Out, Update } kind = Kind::Next;
  std::string argument; // the feed file for update
  std::string text;     // as written, for messages
};

struct StepsParse {
  std::vector<Step> steps; // sorted by frame, stable
  std::string error;       // "--steps: step 2 ('x out'): …"
};

StepsParse parseSteps(std::string_view text, FrameRate rate);

} // namespace landslide
