#include "AmcpHandler.h"
#include "AmcpInfo.h"
#include "AmcpReply.h"
#include "AmcpText.h"
#include "CgData.h"
#include "LayerMap.h"

#include "playout/PrepareItem.h"

#include <algorithm>
#include <atomic>
#include <memory>

namespace landslide {

namespace {

const LayerView* onAir(const EngineState& state, int layer) {
  for (const LayerView& v : state.layers)
    if (v.layer == layer) return &v;
  return nullptr;
}

std::vector<int> layersIn(const EngineState& state, int videoLayer) {
  std::vector<int> out;
  for (const LayerView& v : state.layers)
    if (inVideoLayer(v.layer, videoLayer)) out.push_back(v.layer);
  return out;
}

bool cuedIn(int layer, int videoLayer) { return inVideoLayer(layer, videoLayer); }

// "403 CG ADD FAILED /topN: must be an integer from 1 to 12": a refused option named on
// the reply's one line (clients read the code; a second line would read as another reply).
std::string refused(std::string_view command, const Problem& problem) {
  std::string detail = problem.toString();
  std::replace_if(
      detail.begin(), detail.end(), [](char ch) { return ch == '\r' || ch == '\n'; }, ' '); // a key may hold them
  std::string reply = amcp::failed(403, command);
  reply.insert(reply.size() - 2, " " + detail);
  return reply;
}

std::string defaultContest(const EngineState& state) {
  if (!state.data || state.data->election().contests.empty()) return {};
  return state.data->election().contests.front().id;
}

} // namespace

AmcpHandler::AmcpHandler(ControlHub& hub, std::string landslideVersion)
    : hub_(hub), version_(std::move(landslideVersion)) {}

std::span<const AmcpCommandSpec> AmcpHandler::commands() { return amcpCommands(); }

bool AmcpHandler::isPing(std::string_view line) {
  auto tokens = tokenizeAmcp(dropInvalidUtf8(line));
  return !tokens.empty() && equalsIgnoreCase(tokens.front(), "PING");
}

Command AmcpHandler::command(CommandKind kind, int layer) const {
  Command c;
  c.kind = kind;
  c.layer = layer;
  c.source = "amcp";
  return c;
}

void AmcpHandler::handle(std::string_view rawLine, const Reply& reply) {
  const std::string line = dropInvalidUtf8(rawLine);
  std::vector<std::string> tokens = tokenizeAmcp(line);
  if (!tokens.empty() && equalsIgnoreCase(tokens.front(), "PING")) {
    reply({amcp::pong(tokens), false});
    return;
  }
  AmcpRequest r = interpretAmcp(std::move(tokens), amcpCommands(), 1);
  auto send = [reply, id = r.requestId](std::string text) { reply({amcp::withRequestId(id, std::move(text)), false}); };
  switch (r.error) {
  case AmcpParseError::Command: send(amcp::commandError(line)); return;
  case AmcpParseError::Channel: send(amcp::channelError(r.name)); return;
  case AmcpParseError::Parameters: send(amcp::parametersError(r.name)); return;
  case AmcpParseError::None: break;
  }
  execute(r, send, reply);
}

void AmcpHandler::execute(const AmcpRequest& r, const Send& send, const Reply& reply) {
  const std::string& cmd = r.command;
  if (cmd == "BYE") return reply({"", true}); // bye_command: disconnect, no reply
  if (cmd == "VERSION") return send(amcp::okWithData("VERSION", amcp::versionLine(version_)));
  if (cmd == "TLS") {
    // The media scanner lists template ids upper-cased, one a line (media-scanner app.js).
    std::vector<std::string> names;
    for (const auto& s : hub_.scenes().all()) names.push_back(toUpperAscii(s->name()));
    std::sort(names.begin(), names.end());
    return send(amcp::okWithLines("TLS", names));
  }
  if (cmd == "INFO") return info(r, send);
  if (cmd == "CLEAR") return clear(r, send);

  // CG commands: CG layer first, parsed with std::stoi as CasparCG does.
  const int videoLayer = r.layerOr(kCasparDefaultCgVideoLayer);
  if (cmd == "CG CLEAR") {
    hub_.cues().removeIf(cuedIn, videoLayer);
    std::vector<Command> clears;
    for (int layer : layersIn(hub_.state(), videoLayer)) clears.push_back(command(CommandKind::Clear, layer));
    return submitAll(std::move(clears), amcp::ok("CG"), amcp::failed(501, cmd), send);
  }
  int cgLayer = 0;
  switch (stoiLike(r.params.at(0), cgLayer)) {
  case StoiResult::Invalid: return send(amcp::failed(501, cmd)); // std::invalid_argument: catch (...)
  case StoiResult::Range: return send(amcp::failed(402, cmd));   // std::out_of_range
  case StoiResult::Ok: break;
  }
  if (cmd == "CG ADD") return cgAdd(r, videoLayer, cgLayer, send);

  const bool addressable = validCasparAddress(videoLayer, cgLayer);
  const int layer = addressable ? playoutLayer(videoLayer, cgLayer) : -1;
  if (cmd == "CG PLAY") { // cg_play_command: no proxy is not an error
    if (!addressable) return send(amcp::ok("CG"));
    return cgPlay(layer, send);
  }
  if (cmd == "CG UPDATE") return cgUpdate(r, layer, send);

  // get_expected_cg_proxy: a video layer without any graphic is a 403.
  EngineState state = hub_.state();
  bool proxy = !layersIn(state, videoLayer).empty();
  for (const auto& [l, item] : hub_.cues().all()) proxy = proxy || inVideoLayer(l, videoLayer);
  if (!proxy) {
    hub_.record(cmd, command(CommandKind::Out, layer), "no graphic on video layer " + std::to_string(videoLayer));
    return send(amcp::failed(403, cmd));
  }
  if (cmd == "CG INVOKE") return cgInvoke(r, layer, send);

  const LayerView* view = layer >= 0 ? onAir(state, layer) : nullptr;
  std::vector<Command> commands;
  if (cmd == "CG STOP" && view && !view->goingOut) commands.push_back(command(CommandKind::Out, layer));
  if (cmd == "CG NEXT" && view && !view->goingOut) commands.push_back(command(CommandKind::Next, layer));
  if (cmd == "CG REMOVE") {
    if (layer >= 0) hub_.cues().remove(layer);
    if (view) commands.push_back(command(CommandKind::Clear, layer));
  }
  submitAll(std::move(commands), amcp::ok("CG"), amcp::failed(501, cmd), send);
}

void AmcpHandler::info(const AmcpRequest& r, const Send& send) {
  EngineState state = hub_.state();
  if (r.channel < 0) return send(amcp::okWithLines("INFO", {channelLine(state)}));
  send(amcp::okWithData("INFO", amcp::writeXml(channelXml(state, hub_.cues().all()))));
}

void AmcpHandler::clear(const AmcpRequest& r, const Send& send) {
  // clear_command: the whole channel, or one video layer (every CG layer in it).
  if (r.layer < 0) {
    hub_.cues().clear();
    return submitAll({command(CommandKind::ClearAll, 0)}, amcp::ok("CLEAR"), amcp::failed(501, "CLEAR"), send);
  }
  hub_.cues().removeIf(cuedIn, r.layer);
  std::vector<Command> clears;
  for (int layer : layersIn(hub_.state(), r.layer)) clears.push_back(command(CommandKind::Clear, layer));
  submitAll(std::move(clears), amcp::ok("CLEAR"), amcp::failed(501, "CLEAR"), send);
}

void AmcpHandler::cgAdd(const AmcpRequest& r, int videoLayer, int cgLayer, const Send& send) {
  const std::string& cmd = r.command;
  const auto& p = r.params;
  // cg_add_command: a third parameter longer than one character is a label and the
  // play-on-load flag follows it; any at() past the end is a 402.
  std::size_t dataIndex = 3;
  bool play = false;
  if (p.at(2).size() > 1) {
    if (p.size() < 4) return send(amcp::failed(402, cmd));
    ++dataIndex;
    play = !p[3].empty() && p[3][0] == '1';
  } else {
    if (p[2].empty()) return send(amcp::failed(402, cmd));
    play = p[2][0] == '1';
  }
  std::optional<std::string> data;
  if (p.size() > dataIndex) {
    const std::string& d = p[dataIndex];
    if (d.empty()) return send(amcp::failed(402, cmd));
    if (d[0] == '<' || d[0] == '{') data = d; // else a data file name: there are none here
  }
  const std::string what = play ? "TAKE" : "CUE";
  Command c = command(CommandKind::Take, 0);
  c.item.scene = p[1];
  const Scene* scene = findScene(hub_.scenes(), p[1]);
  if (!scene) {
    hub_.record(what, c, "unknown scene '" + p[1] + "'");
    return send(amcp::failed(404, cmd)); // file_not_found: "Could not find template"
  }
  c.item.scene = std::string(scene->name());
  if (!validCasparAddress(videoLayer, cgLayer)) {
    hub_.record(what, c,
                "no playout layer for video layer " + std::to_string(videoLayer) + ", CG layer " +
                    std::to_string(cgLayer));
    return send(amcp::failed(403, cmd));
  }
  c.layer = playoutLayer(videoLayer, cgLayer);
  Expected<CgData> binding = data ? parseCgData(*data) : CgData{};
  if (!binding) {
    hub_.record(what, c, binding.error());
    return send(amcp::failed(403, cmd));
  }
  c.item.contest = normalisedContest(binding->contest.value_or(defaultContest(hub_.state()))); // an id or "latest"
  c.item.options = binding->options;
  Expected<LayerItem> prepared = prepareItem(hub_.scenes(), c.item);
  if (!prepared) {
    hub_.record(what, c, prepared.problem().toString());
    return send(refused(cmd, prepared.problem()));
  }
  c.item = std::move(*prepared);

  hub_.cues().remove(c.layer);
  if (play) return submitAll({c}, amcp::ok("CG"), amcp::failed(501, cmd), send, amcp::failed(403, cmd));
  // Loading without playing replaces what the CG layer shows (CasparCG loads the new
  // template in its place) and waits for CG PLAY.
  hub_.cues().cue(c.layer, c.item);
  hub_.record(what, c, "ok");
  std::vector<Command> clears;
  if (onAir(hub_.state(), c.layer)) clears.push_back(command(CommandKind::Clear, c.layer));
  submitAll(std::move(clears), amcp::ok("CG"), amcp::failed(501, cmd), send);
}

void AmcpHandler::cgPlay(int layer, const Send& send) {
  std::optional<LayerItem> cued = hub_.cues().take(layer);
  if (!cued) return send(amcp::ok("CG"));
  Command c = command(CommandKind::Take, layer);
  c.item = std::move(*cued);
  submitAll({c}, amcp::ok("CG"), amcp::failed(501, "CG PLAY"), send, amcp::failed(403, "CG PLAY"));
}

void AmcpHandler::cgUpdate(const AmcpRequest& r, int layer, const Send& send) {
  const std::string& cmd = r.command;
  const std::string& d = r.params.at(1);
  if (d.empty()) return send(amcp::failed(402, cmd));
  Expected<CgData> binding = d[0] == '<' || d[0] == '{' ? parseCgData(d) : CgData{};
  Command c = command(CommandKind::Update, layer);
  if (!binding) {
    hub_.record("UPDATE", c, binding.error());
    return send(amcp::failed(403, cmd));
  }
  const int videoLayer = r.layerOr(kCasparDefaultCgVideoLayer);
  EngineState state = hub_.state();
  bool proxy = !layersIn(state, videoLayer).empty();
  for (const auto& [l, item] : hub_.cues().all()) proxy = proxy || inVideoLayer(l, videoLayer);
  if (!proxy) { // get_expected_cg_proxy
    hub_.record(cmd, c, "no graphic on video layer " + std::to_string(videoLayer));
    return send(amcp::failed(403, cmd));
  }

  nlohmann::json patch = binding->options;
  if (binding->contest) patch["contest"] = *binding->contest;
  if (layer >= 0) {
    if (std::optional<LayerItem> cued = hub_.cues().find(layer)) {
      Expected<LayerItem> updated = prepareUpdate(hub_.scenes(), *cued, patch);
      if (!updated) {
        hub_.record("UPDATE", c, updated.problem().toString());
        return send(refused(cmd, updated.problem()));
      }
      hub_.cues().cue(layer, *updated);
      c.item = *updated;
      hub_.record("UPDATE", c, "ok");
      return send(amcp::ok("CG"));
    }
  }
  const LayerView* view = layer >= 0 ? onAir(state, layer) : nullptr;
  if (!view) return send(amcp::ok("CG"));
  // Parsed here, against what the layer shows, so a bad option is refused now.
  Expected<LayerItem> updated = prepareUpdate(hub_.scenes(), {view->scene, view->contest, view->options}, patch);
  if (!updated) {
    hub_.record("UPDATE", c, updated.problem().toString());
    return send(refused(cmd, updated.problem()));
  }
  c.item.scene = updated->scene;
  c.item.options = patch;
  c.item.parsed = updated->parsed;
  submitAll({c}, amcp::ok("CG"), amcp::failed(501, cmd), send);
}

void AmcpHandler::cgInvoke(const AmcpRequest& r, int layer, const Send& send) {
  // Landslide's scenes answer these methods; the result line is empty, as CasparCG's
  // HTML templates answer an invoke.
  const std::string method = toUpperAscii(r.params.at(1));
  const std::string okReply = amcp::okWithData("CG", "");
  const std::string failReply = amcp::failed(501, r.command);
  if (method == "PLAY" || method == "TAKE") {
    if (layer < 0) return send(okReply);
    std::optional<LayerItem> cued = hub_.cues().take(layer);
    if (!cued) return send(okReply);
    Command c = command(CommandKind::Take, layer);
    c.item = std::move(*cued);
    return submitAll({c}, okReply, failReply, send, amcp::failed(403, r.command));
  }
  CommandKind kind;
  bool flag = false;
  if (method == "NEXT")
    kind = CommandKind::Next;
  else if (method == "STOP" || method == "OUT")
    kind = CommandKind::Out;
  else if (method == "REMOVE" || method == "CLEAR")
    kind = CommandKind::Clear;
  else if (method == "RETAKE")
    kind = CommandKind::Retake;
  else if (method == "AUTO" || method == "HOLD") {
    kind = CommandKind::SetAuto;
    flag = method == "AUTO";
  } else {
    hub_.record("INVOKE", command(CommandKind::Update, layer), "unknown method '" + r.params[1] + "'");
    return send(amcp::failed(403, r.command));
  }
  if (layer < 0 || !onAir(hub_.state(), layer)) return send(okReply);
  Command c = command(kind, layer);
  c.flag = flag;
  submitAll({c}, okReply, failReply, send);
}

void AmcpHandler::submitAll(std::vector<Command> commands, std::string okReply, std::string failReply, const Send& send,
                            std::string refusedReply) {
  if (commands.empty()) return send(std::move(okReply));
  struct Pending {
    std::atomic<std::size_t> left;
    std::atomic<bool> failed{false};
    std::atomic<bool> refused{false};
    std::atomic<bool> notFound{false};
  };
  auto pending = std::make_shared<Pending>();
  pending->left = commands.size();
  for (Command& c : commands) {
    hub_.submit(std::move(c), [pending, send, okReply, failReply, refusedReply](const CommandResult& result) {
      // The engine refusing a command (a layer already gone) is answered as CasparCG
      // answers a template that ignores it, unless the caller says how; a command that
      // never ran fails.
      if (!reachedEngine(result))
        pending->failed = true;
      else if (result.rule == "unknown-contest") // the feed has no such contest: nothing to show
        pending->notFound = true;
      else if (!result.ok && !refusedReply.empty())
        pending->refused = true;
      if (--pending->left > 0) return;
      if (pending->failed)
        send(failReply);
      else if (pending->notFound) // "501 CG ADD FAILED" -> "404 CG ADD FAILED", as CasparCG answers a missing file
        send("404" + failReply.substr(3));
      else
        send(pending->refused ? refusedReply : okReply);
    });
  }
}

} // namespace landslide
