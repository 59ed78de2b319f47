#pragma once
// INFO replies. Bare INFO lists the channels ("1 720p2500 PLAYING"), INFO ch gives the
// channel's state as XML in CasparCG 2.3's shape (info_channel_command: framerate,
// mixer/audio/volume, stage/layer/layer_N/foreground/…), with Landslide's own content:
// each video layer's CG layers with scene, contest, page and state.
#include "AmcpReply.h"
#include "CueTable.h"
#include "live/LiveEngine.h"

#include <map>
#include <string>

namespace landslide {

std::string channelLine(const EngineState& state); // "1 720p2500 PLAYING"
amcp::XmlNode channelXml(const EngineState& state, const std::map<int, LayerItem>& cued);

} // namespace landslide
