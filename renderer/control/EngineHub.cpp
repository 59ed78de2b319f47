#include "EngineHub.h"
#include "AmcpText.h"

namespace landslide {

EngineHub::EngineHub(LiveEngine& engine, const SceneRegistry& scenes, std::chrono::milliseconds timeout)
    : engine_(engine), scenes_(scenes), timeout_(timeout),
      // Room for every command the engine's queue can hold, and as many already refused.
      waiter_(2 * CommandQueue::kCapacity, Overflow::Drop, [this](Waiting& w) { return handle(w); }) {}

EngineHub::~EngineHub() { stop(); }

void EngineHub::stop() {
  if (stopping_.exchange(true)) return;
  waiter_.finish(); // answers what still waits
}

void EngineHub::setObserver(std::function<void(const Command&, const CommandResult&)> observer) {
  std::lock_guard lock(mutex_);
  observer_ = std::move(observer);
}

void EngineHub::submit(Command command, Done done) {
  if (stopping_) return done({false, "the server is shutting down", -1});
  std::future<CommandResult> result = engine_.submit(command);
  Waiting w{std::move(command), std::move(result), std::move(done)};
  Done refused = w.done; // a refused item goes with push()
  if (!waiter_.push(std::move(w)))
    refused({false, stopping_ ? "the server is shutting down" : "command queue full", stopping_ ? -1 : 0});
}

void EngineHub::record(std::string_view what, const Command& command, const std::string& result) {
  AsRunEntry entry;
  entry.time = isoTimeNow();
  entry.frame = engine_.snapshot()->frame;
  entry.source = command.source;
  entry.command = std::string(what);
  entry.layer = command.layer;
  entry.scene = command.item.scene;
  entry.contest = command.item.contest;
  entry.result = result;
  engine_.asRun().record(entry);
}

bool EngineHub::handle(Waiting& w) {
  CommandResult result{false, "the server is shutting down", -1};
  if (!stopping_ || w.result.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
    if (w.result.wait_for(timeout_) == std::future_status::ready) {
      result = w.result.get();
      // Wait (briefly) until the frame it took effect on has been published.
      if (result.ok)
        engine_.published().waitUntil([&](const EngineState& s) { return s.frame >= result.frame; },
                                      std::chrono::milliseconds(500));
    } else {
      result = {false, "timed out waiting for the render thread", -1};
    }
  }
  std::function<void(const Command&, const CommandResult&)> observer;
  {
    std::lock_guard lock(mutex_);
    observer = observer_;
  }
  if (observer) observer(w.command, result);
  w.done(result);
  return true;
}

bool reachedEngine(const CommandResult& result) {
  // CommandQueue::submit refuses with this message when it is full; the hub's own
  // failures carry frame -1.
  return result.ok || (result.frame >= 0 && result.error != "command queue full");
}

CommandResult submitAndWait(ControlHub& hub, Command command) {
  auto promise = std::make_shared<std::promise<CommandResult>>();
  std::future<CommandResult> future = promise->get_future();
  hub.submit(std::move(command), [promise](const CommandResult& r) { promise->set_value(r); });
  return future.get(); // the hub always answers (result, refusal or timeout)
}

const Scene* findScene(const SceneRegistry& scenes, std::string_view name) {
  for (const auto& scene : scenes.all())
    if (equalsIgnoreCase(scene->name(), name)) return scene.get();
  return nullptr;
}

} // namespace landslide
