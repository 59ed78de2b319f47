#pragma once
// What the control surfaces (AMCP, HTTP) need from the playout: the scenes, the latest
// published state, one command queue, the cue table and the as-run log. EngineHub
// implements it over LiveEngine; tests use a fake.
#include "CueTable.h"
#include "live/LiveEngine.h"

#include <chrono>
#include <functional>

namespace landslide {

class ControlHub {
public:
  using Done = std::function<void(const CommandResult&)>;
  virtual ~ControlHub() = default;

  virtual const SceneRegistry& scenes() const = 0;
  // The state published after the newest tick. Once a command's done has run, the state
  // includes its effect.
  virtual EngineState state() const = 0;
  // Queues a command for the next frame boundary and returns at once. done runs on the
  // hub's own thread when the command has taken effect, was refused or timed out; it
  // must not block.
  virtual void submit(Command command, Done done) = 0;
  virtual CueTable& cues() = 0;
  // Records a command handled without the engine (a cue, a refusal) in the as-run log;
  // what names it ("Cue", "Take" …).
  virtual void record(std::string_view what, const Command& command, const std::string& result) = 0;
  virtual std::vector<AsRunEntry> asRun(std::size_t count) const = 0;
  // The newest program frame, straight alpha (null until one is drawn).
  virtual std::shared_ptr<const VideoFrame> latestFrame() const = 0;
};

// Whether the render thread judged the command: false when it never got there (a full
// queue, a timeout, shutdown) — AMCP answers those 501, refusals of the command itself
// the way CasparCG answers the command.
bool reachedEngine(const CommandResult& result);

// For threads that may block (HTTP workers): submits and waits, up to the hub's timeout.
CommandResult submitAndWait(ControlHub& hub, Command command);

// Scene lookup as CasparCG finds templates: case-insensitive.
const Scene* findScene(const SceneRegistry& scenes, std::string_view name);

} // namespace landslide
