#include "EngineHub.h"
#include "AmcpText.h"

namespace landslide {

using Clock = std::chrono::steady_clock;

EngineHub::EngineHub(LiveEngine& engine, const SceneRegistry& scenes, std::chrono::milliseconds timeout)
    : engine_(engine), scenes_(scenes), timeout_(timeout) {
  thread_ = std::thread([this] { run(); });
}

EngineHub::~EngineHub() { stop(); }

void EngineHub::stop() {
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return;
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void EngineHub::setObserver(std::function<void(const Command&, const CommandResult&)> observer) {
  std::lock_guard lock(mutex_);
  observer_ = std::move(observer);
}

void EngineHub::submit(Command command, Done done) {
  std::unique_lock lock(mutex_);
  if (stopping_) {
    lock.unlock();
    done({false, "the server is shutting down", -1});
    return;
  }
  std::future<CommandResult> result = engine_.submit(command);
  waiting_.push_back({std::move(command), std::move(result), std::move(done)});
  lock.unlock();
  wake_.notify_one();
}

void EngineHub::record(std::string_view what, const Command& command, const std::string& result) {
  AsRunEntry entry;
  entry.time = isoTimeNow();
  entry.frame = engine_.state().frame;
  entry.source = command.source;
  entry.command = std::string(what);
  entry.layer = command.layer;
  entry.scene = command.item.scene;
  entry.contest = command.item.contest;
  entry.result = result;
  engine_.asRun().record(entry);
}

void EngineHub::run() {
  std::unique_lock lock(mutex_);
  while (true) {
    wake_.wait(lock, [&] { return stopping_ || !waiting_.empty(); });
    if (waiting_.empty()) return; // stopping, nothing left
    Waiting w = std::move(waiting_.front());
    waiting_.pop_front();
    bool stopping = stopping_;
    auto observer = observer_;
    lock.unlock();

    CommandResult result{false, "the server is shutting down", -1};
    if (!stopping || w.result.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
      if (w.result.wait_for(timeout_) == std::future_status::ready) {
        result = w.result.get();
        // Wait (briefly) until the frame it took effect on has been published.
        const auto until = Clock::now() + std::chrono::milliseconds(500);
        while (result.ok && engine_.state().frame < result.frame && Clock::now() < until)
          std::this_thread::sleep_for(std::chrono::milliseconds(1));
      } else {
        result = {false, "timed out waiting for the render thread", -1};
      }
    }
    if (observer) observer(w.command, result);
    w.done(result);
    lock.lock();
  }
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
