#pragma once
// The one worker shape: a bounded queue and a std::jthread that handles its items in
// order. finish() is the graceful end (no more pushes, everything queued is handled,
// then join); cancel() is the prompt one (stop requested, a blocked wait ends at once,
// the items never handled are handed back so their callers can be answered). The
// destructor finishes.
#include "feeds/base/BoundedQueue.h"

#include <functional>
#include <thread>

namespace landslide {

template <class T>
class Worker {
public:
  // handle returns false to end the worker (a failed sink): the queue closes and what
  // is left in it is discarded.
  using Handler = std::function<bool(T&)>;

  Worker(std::size_t capacity, Overflow overflow, Handler handle)
      : queue_(capacity, overflow), handle_(std::move(handle)), thread_([this](std::stop_token stop) { run(stop); }) {}
  ~Worker() { finish(); }
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;

  bool push(T item) { return queue_.push(std::move(item), thread_.get_stop_token()); }
  template <class Merge>
  bool pushOrMerge(T item, Merge merge) {
    return queue_.pushOrMerge(std::move(item), merge, thread_.get_stop_token());
  }
  // Waits until everything pushed so far has been handled.
  void flush() { queue_.waitIdle(thread_.get_stop_token()); }

  void finish() {
    queue_.close();
    if (thread_.joinable()) thread_.join();
  }
  std::deque<T> cancel() {
    thread_.request_stop();
    if (thread_.joinable()) thread_.join();
    return queue_.closeAndTake();
  }

  uint64_t dropped() const { return queue_.dropped(); }
  std::size_t queued() const { return queue_.size(); }

private:
  void run(std::stop_token stop) {
    while (std::optional<T> item = queue_.pop(stop)) {
      const bool more = handle_(*item);
      if (!more) queue_.closeAndTake();
      queue_.done();
      if (!more) return;
    }
  }

  BoundedQueue<T> queue_;
  Handler handle_;
  std::jthread thread_; // last: starts after, and is joined before, what it uses
};

} // namespace landslide
