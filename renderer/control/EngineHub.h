#pragma once
// ControlHub over the live engine. Commands go to LiveEngine::submit; one waiter thread
// takes the futures in order (the engine fulfils them in order), waits with a timeout,
// then waits (on the published state's version, no polling) for the state of that frame
// so that a client's next command sees the effect of its last one. Socket threads never
// wait on the engine.
#include "ControlHub.h"

#include "feeds/base/Worker.h"

#include <atomic>
#include <mutex>

namespace landslide {

class EngineHub final : public ControlHub {
public:
  EngineHub(LiveEngine& engine, const SceneRegistry& scenes,
            std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));
  ~EngineHub() override;
  EngineHub(const EngineHub&) = delete;
  EngineHub& operator=(const EngineHub&) = delete;

  const SceneRegistry& scenes() const override { return scenes_; }
  EngineState state() const override { return engine_.state(); }
  void submit(Command command, Done done) override;
  CueTable& cues() override { return cues_; }
  void record(std::string_view what, const Command& command, const std::string& result) override;
  std::vector<AsRunEntry> asRun(std::size_t count) const override { return engine_.asRun().recent(count); }
  std::shared_ptr<const VideoFrame> latestFrame() const override { return engine_.latestFrame(); }

  // Sees every command's outcome (on the waiter thread), e.g. to publish errors as events.
  void setObserver(std::function<void(const Command&, const CommandResult&)> observer);
  // Fails whatever still waits and ends the waiter; call before the engine stops.
  void stop();
  LiveEngine& engine() { return engine_; }

private:
  struct Waiting {
    Command command;
    std::future<CommandResult> result;
    Done done;
  };
  bool handle(Waiting& w);

  LiveEngine& engine_;
  const SceneRegistry& scenes_;
  std::chrono::milliseconds timeout_;
  CueTable cues_;
  std::mutex mutex_; // guards observer_
  std::function<void(const Command&, const CommandResult&)> observer_;
  std::atomic<bool> stopping_{false};
  Worker<Waiting> waiter_; // last: its thread uses the members above
};

} // namespace landslide
