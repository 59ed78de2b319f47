#pragma once
// The channel options every program command shares (--size, --fps, --key, --gl, --out,
// --timecode),
// checked the same way everywhere so that an error reads the same in render, serve and
// the console.
#include "RenderSetup.h"

#include "output/FileSinks.h"
#include "output/OutputSpec.h"
#include "output/Timecode.h"

#include <optional>
#include <string>
#include <vector>

namespace landslide {

struct ChannelArgs {
  std::string size = "1920x1080", fps = "50", key = "none", gl = "auto";
  std::string timecode; // HH:MM:SS:FF or HH:MM:SS;FF at the first frame; "" = the time of day
  std::vector<std::string> outs;
};

struct ChannelPlan {
  FrameSize size;
  FrameRate rate;         // the picture rate (interlaced: fields)
  TimecodeClock timecode; // frame 0's label, for the outputs and the as-run log
  KeyMode key = KeyMode::None;
  HeadlessPlatform platform = HeadlessPlatform::Auto;
  std::vector<OutputSpec> files;   // everything but windows
  std::vector<OutputSpec> windows; // only when the command has windows
};

// windowRefusal: empty when the command opens windows (the console); otherwise the reason
// a window spec is refused, appended to the spec in the error.
Expected<ChannelPlan> planChannel(const ChannelArgs& args, const std::string& windowRefusal);

// Creates a sink for each file output and adds it to the channel; the first sink's
// Problem (nothing is rendered before every output is known to work).
Expected<void> attachFileSinks(const ChannelPlan& plan, QueuePolicy policy, ProgramChannel& channel);

} // namespace landslide
