#pragma once
// The AMCP commands Landslide answers, with CasparCG Server 2.3's replies:
//   CG ch-layer ADD cg "scene" playOnLoad ["data"]   PLAY / STOP / NEXT / REMOVE cg
//   CG ch-layer CLEAR   UPDATE cg "data"   INVOKE cg method
//   CLEAR ch[-layer]   INFO [ch[-layer]]   TLS   VERSION   PING [token]   BYE   (REQ id …)
// Scenes are the templates; CG data binds a contest and sets options (CgData.h); video
// and CG layers map to playout layers (LayerMap.h). No sockets here: a line in, a reply
// out through a callback, so the whole protocol is testable without a network.
#include "AmcpRequest.h"
#include "ControlHub.h"

#include <functional>
#include <span>
#include <string>

namespace landslide {

struct AmcpOutcome {
  std::string reply;  // bytes to send ("" = nothing)
  bool close = false; // BYE: close the connection after sending
};

class AmcpHandler {
public:
  using Reply = std::function<void(AmcpOutcome)>;
  AmcpHandler(ControlHub& hub, std::string landslideVersion);

  // Handles one line (CRLF removed). reply runs exactly once: at once, or later on the
  // hub's thread when the command needed the render thread.
  void handle(std::string_view line, const Reply& reply);
  // PING is answered as soon as it arrives, ahead of commands still running, as CasparCG
  // does (it answers PING before queueing anything).
  static bool isPing(std::string_view line);
  static std::span<const AmcpCommandSpec> commands();

private:
  using Send = std::function<void(std::string)>;
  void execute(const AmcpRequest& r, const Send& send, const Reply& reply);
  void info(const AmcpRequest& r, const Send& send);
  void clear(const AmcpRequest& r, const Send& send);
  void cgAdd(const AmcpRequest& r, int videoLayer, int cgLayer, const Send& send);
  void cgPlay(int layer, const Send& send);
  void cgUpdate(const AmcpRequest& r, int layer, const Send& send);
  void cgInvoke(const AmcpRequest& r, int layer, const Send& send);
  // Submits commands in order and answers once the last one is done; an empty list
  // answers at once. refusedReply, when given, answers an engine refusal (a take past
  // Playout::kMaxLayersOnAir); otherwise a refusal is answered as okReply.
  void submitAll(std::vector<Command> commands, std::string okReply, std::string failReply, const Send& send,
                 std::string refusedReply = {});
  Command command(CommandKind kind, int layer) const;

  ControlHub& hub_;
  std::string version_;
};

} // namespace landslide
