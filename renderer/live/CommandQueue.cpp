#include "CommandQueue.h"

namespace landslide {

std::string_view toString(CommandKind kind) {
  switch (kind) {
  case CommandKind::Take: return "TAKE";
  case CommandKind::Next: return "NEXT";
  case CommandKind::Out: return "OUT";
  case CommandKind::OutAll: return "OUT ALL";
  case CommandKind::Clear: return "CLEAR";
  case CommandKind::ClearAll: return "CLEAR ALL";
  case CommandKind::Update: return "UPDATE";
  case CommandKind::Retake: return "RETAKE";
  case CommandKind::SetAuto: return "SET AUTO";
  }
  return "?";
}

std::future<CommandResult> CommandQueue::submit(Command command) {
  Pending pending{std::move(command), {}};
  std::future<CommandResult> future = pending.done.get_future();
  std::lock_guard lock(mutex_);
  if (queue_.size() >= kCapacity) {
    pending.done.set_value({false, "command queue full", 0});
    return future;
  }
  queue_.push_back(std::move(pending));
  return future;
}

std::vector<CommandQueue::Pending> CommandQueue::drain() {
  std::lock_guard lock(mutex_);
  std::vector<Pending> out;
  out.reserve(queue_.size());
  for (auto& p : queue_) out.push_back(std::move(p));
  queue_.clear();
  return out;
}

} // namespace landslide
