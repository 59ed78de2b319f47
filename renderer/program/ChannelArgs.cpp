#include "ChannelArgs.h"

namespace landslide {

std::optional<ChannelPlan> planChannel(const ChannelArgs& args, const std::string& windowRefusal, std::string& error) {
  ChannelPlan plan;
  auto size = parseFrameSize(args.size, error);
  if (!size) return std::nullopt;
  plan.size = *size;
  auto rate = FrameRate::parse(args.fps);
  if (!rate) {
    error = "--fps '" + args.fps + "': expected 25, 30, 50, 60, 29.97, 59.94 or N/D";
    return std::nullopt;
  }
  plan.rate = *rate;
  auto key = parseKeyMode(args.key);
  if (!key) {
    error = "--key '" + args.key + "': expected sbs, only or none";
    return std::nullopt;
  }
  plan.key = *key;
  plan.platform = headlessPlatformFromEnvironment();
  if (args.gl == "surfaceless")
    plan.platform = HeadlessPlatform::Surfaceless;
  else if (args.gl == "device")
    plan.platform = HeadlessPlatform::Device;
  else if (args.gl != "auto") {
    error = "--gl '" + args.gl + "': expected auto, surfaceless or device";
    return std::nullopt;
  }
  for (const std::string& o : args.outs) {
    OutputParse p = parseOutputSpec(o);
    if (!p.spec) {
      error = p.error;
      return std::nullopt;
    }
    if (p.spec->isWindow() && !windowRefusal.empty()) {
      error = "--out '" + o + "': " + windowRefusal;
      return std::nullopt;
    }
    (p.spec->isWindow() ? plan.windows : plan.files).push_back(*p.spec);
  }
  return plan;
}

bool attachFileSinks(const ChannelPlan& plan, QueuePolicy policy, ProgramChannel& channel, std::string& error) {
  SinkSettings settings{plan.size.width, plan.size.height, plan.rate, plan.key, policy};
  for (const OutputSpec& o : plan.files) {
    SinkResult sink = createFileSink(o, settings);
    if (!sink.sink) {
      error = sink.error;
      return false;
    }
    channel.addSink(std::move(sink.sink));
  }
  return true;
}

} // namespace landslide
