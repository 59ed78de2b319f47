#pragma once
// A bounded queue between threads. When it is full a producer either waits for room
// (Block: back-pressure, nothing lost) or is refused at once (Drop: counted), so a
// thread that must never wait (the render thread) is never held up by a slow consumer.
// Every wait also ends on a stop request, so no thread sleeps through shutdown.
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <stop_token>

namespace landslide {

enum class Overflow { Block, Drop };

template <class T>
class BoundedQueue {
public:
  BoundedQueue(std::size_t capacity, Overflow overflow) : capacity_(capacity ? capacity : 1), overflow_(overflow) {}

  // False when the item was not queued: the queue is closed, full under Drop, or the
  // stop was requested while waiting for room.
  bool push(T item, std::stop_token stop = {}) {
    return pushOrMerge(
        std::move(item), [](T&, T&) { return false; }, stop);
  }

  // merge(queued, item) may fold the new item into one already queued (returns true):
  // a newer version of a file supersedes the queued one without taking a place.
  template <class Merge>
  bool pushOrMerge(T item, Merge merge, std::stop_token stop = {}) {
    {
      std::unique_lock lock(mutex_);
      if (closed_) return false;
      for (T& queued : items_)
        if (merge(queued, item)) return true;
      if (items_.size() >= capacity_) {
        if (overflow_ == Overflow::Drop) {
          ++dropped_;
          return false;
        }
        changed_.wait(lock, stop, [&] { return items_.size() < capacity_ || closed_; });
        if (closed_ || items_.size() >= capacity_) return false;
      }
      items_.push_back(std::move(item));
    }
    changed_.notify_all();
    return true;
  }

  // Waits for an item. Empty when the stop was requested, or the queue is closed and
  // drained. A popped item counts as in hand until done() (see waitIdle).
  std::optional<T> pop(std::stop_token stop) {
    std::optional<T> item;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, stop, [&] { return !items_.empty() || closed_; });
      if (stop.stop_requested() || items_.empty()) return std::nullopt;
      item.emplace(std::move(items_.front()));
      items_.pop_front();
      ++inHand_;
    }
    changed_.notify_all(); // room for a blocked producer
    return item;
  }

  void done() {
    {
      std::lock_guard lock(mutex_);
      --inHand_;
    }
    changed_.notify_all();
  }

  // Waits until everything pushed so far has been handled (or the stop was requested).
  void waitIdle(std::stop_token stop = {}) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, stop, [&] { return items_.empty() && inHand_ == 0; });
  }

  // No more pushes; what is queued may still be popped. Wakes blocked producers.
  void close() {
    {
      std::lock_guard lock(mutex_);
      closed_ = true;
    }
    changed_.notify_all();
  }

  // Closes the queue and hands back what was never popped (to answer or discard).
  std::deque<T> closeAndTake() {
    std::deque<T> left;
    {
      std::lock_guard lock(mutex_);
      closed_ = true;
      left.swap(items_);
    }
    changed_.notify_all();
    return left;
  }

  uint64_t dropped() const {
    std::lock_guard lock(mutex_);
    return dropped_;
  }
  std::size_t size() const {
    std::lock_guard lock(mutex_);
    return items_.size();
  }

private:
  const std::size_t capacity_;
  const Overflow overflow_;
  mutable std::mutex mutex_;
  std::condition_variable_any changed_;
  std::deque<T> items_;
  std::size_t inHand_ = 0;
  uint64_t dropped_ = 0;
  bool closed_ = false;
};

} // namespace landslide
