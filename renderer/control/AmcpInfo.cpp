#include "AmcpInfo.h"
#include "LayerMap.h"

namespace landslide {

std::string channelLine(const EngineState& state) {
  return "1 " + amcp::formatName(state.width, state.height, state.rate.fps()) + " PLAYING";
}

amcp::XmlNode channelXml(const EngineState& state, const std::map<int, LayerItem>& cued) {
  amcp::XmlNode channel{"channel", {}, {}};
  channel.add("framerate", std::to_string(state.rate.num));
  channel.add("framerate", std::to_string(state.rate.den));
  channel.add("format", amcp::formatName(state.width, state.height, state.rate.fps()));
  amcp::XmlNode& audio = channel.add("mixer").add("audio");
  audio.add("volume", "0"); // no audio: two silent channels, as clients expect some
  audio.add("volume", "0");

  // video layer → cg layer → (state, item, page)
  struct Cg {
    std::string state;
    LayerItem item;
    int page = 0;
    std::string resolved; // the seat a "latest" binding shows ("" = waiting)
  };
  std::map<int, std::map<int, Cg>> layers;
  for (const auto& [layer, item] : cued) {
    CasparAddress a = casparAddress(layer);
    layers[a.videoLayer][a.cgLayer] = {"cued", item, 0, resolveContest(item.contest, state.data.get())};
  }
  for (const LayerView& v : state.layers) {
    CasparAddress a = casparAddress(v.layer);
    layers[a.videoLayer][a.cgLayer] = {
        v.goingOut ? "out" : "playing", {v.scene, v.contest, v.options}, v.page, v.resolved};
  }
  if (layers.empty()) return channel; // CasparCG has no stage entries for an empty channel

  amcp::XmlNode& stage = channel.add("stage").add("layer");
  for (const auto& [videoLayer, cgs] : layers) {
    amcp::XmlNode& fg = stage.add("layer_" + std::to_string(videoLayer)).add("foreground");
    fg.add("producer", "landslide");
    amcp::XmlNode& cgNode = fg.add("cg");
    for (const auto& [cgLayer, cg] : cgs) {
      amcp::XmlNode& n = cgNode.add("cg_" + std::to_string(cgLayer));
      n.add("template", cg.item.scene);
      n.add("contest", cg.item.contest);
      // A "latest" binding also names the seat it resolves to (empty while waiting).
      if (bindsLatest(cg.item.contest)) n.add("resolved", cg.resolved);
      n.add("page", std::to_string(cg.page));
      n.add("state", cg.state);
    }
  }
  return channel;
}

} // namespace landslide
