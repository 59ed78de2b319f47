#pragma once
// Commands from any thread to the render thread. Submitting never blocks on rendering;
// the render thread drains the queue at the start of a frame and fulfils each promise.
#include "Command.h"

#include <deque>
#include <future>
#include <mutex>
#include <vector>

namespace landslide {

class CommandQueue {
public:
  static constexpr size_t kCapacity = 1024; // beyond this a command is refused at once

  std::future<CommandResult> submit(Command command);

  struct Pending {
    Command command;
    std::promise<CommandResult> done;
  };
  std::vector<Pending> drain();

private:
  std::mutex mutex_;
  std::deque<Pending> queue_;
};

} // namespace landslide
