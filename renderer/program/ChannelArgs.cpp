#include "ChannelArgs.h"

namespace landslide {

namespace {

Problem optionProblem(const std::string& option, const std::string& value, const std::string& why) {
  return Problem::error("", "", option + " '" + value + "': " + why, "bad-option");
}

} // namespace

Expected<ChannelPlan> planChannel(const ChannelArgs& args, const std::string& windowRefusal) {
  ChannelPlan plan;
  auto size = parseFrameSize(args.size);
  if (!size) return size.problem();
  plan.size = *size;
  auto rate = FrameRate::parse(args.fps);
  if (!rate)
    return optionProblem("--fps", args.fps, "expected 25, 30, 50, 60, 29.97, 59.94, N/D or interlaced 50i, 59.94i");
  plan.rate = *rate;
  auto timecode = timecodeClockFor(args.timecode, plan.rate);
  if (!timecode) return timecode.problem();
  plan.timecode = *timecode;
  auto key = parseKeyMode(args.key);
  if (!key) return optionProblem("--key", args.key, "expected sbs, only or none");
  plan.key = *key;
  plan.platform = headlessPlatformFromEnvironment();
  if (args.gl == "surfaceless")
    plan.platform = HeadlessPlatform::Surfaceless;
  else if (args.gl == "device")
    plan.platform = HeadlessPlatform::Device;
  else if (args.gl != "auto")
    return optionProblem("--gl", args.gl, "expected auto, surfaceless or device");
  for (const std::string& o : args.outs) {
    auto spec = parseOutputSpec(o);
    if (!spec) return spec.problem();
    if (spec->isWindow() && !windowRefusal.empty()) return optionProblem("--out", o, windowRefusal);
    if (spec->alpha && plan.key != KeyMode::None)
      return optionProblem("--out", o,
                           "--key " + args.key +
                               " writes fill over black and its key, no alpha channel; drop the :straight/"
                               ":premultiplied suffix");
    (spec->isWindow() ? plan.windows : plan.files).push_back(*spec);
  }
  return plan;
}

Expected<void> attachFileSinks(const ChannelPlan& plan, QueuePolicy policy, ProgramChannel& channel) {
  SinkSettings settings{plan.size.width, plan.size.height, plan.rate, plan.key, policy, plan.timecode.startLabel()};
  for (const OutputSpec& o : plan.files) {
    auto sink = createFileSink(o, settings);
    if (!sink) return sink.problem();
    channel.addSink(std::move(*sink));
  }
  return {};
}

} // namespace landslide
