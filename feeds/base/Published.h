#pragma once
// A value published by one thread and read by many: each publish() replaces an
// immutable snapshot and bumps a version; readers take the shared_ptr (no copy, no
// lock held while they use it) and waiters block on the version instead of polling.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <stop_token>

namespace landslide {

template <class T>
class Published {
public:
  using Ptr = std::shared_ptr<const T>;
  struct Read {
    Ptr value;
    uint64_t version = 0; // 0 until the first publish
  };

  // Returns the new version (1 for the first publish).
  uint64_t publish(Ptr value) {
    uint64_t version;
    {
      std::lock_guard lock(mutex_);
      current_ = std::move(value);
      version = ++version_;
    }
    changed_.notify_all();
    return version;
  }
  uint64_t publish(T value) { return publish(std::make_shared<const T>(std::move(value))); }

  Read read() const {
    std::lock_guard lock(mutex_);
    return {current_, version_};
  }
  Ptr get() const { return read().value; }
  uint64_t version() const { return read().version; }

  // Waits until a version newer than `after` is published, up to timeout (or a stop
  // request); returns the newest either way — compare its version to tell.
  Read waitNewer(uint64_t after, std::chrono::milliseconds timeout, std::stop_token stop = {}) const {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, stop, timeout, [&] { return version_ > after; });
    return {current_, version_};
  }

  // Waits until the published value satisfies pred (checked on each publish), up to
  // timeout; the value returned may not satisfy it when the wait timed out.
  template <class Pred>
  Read waitUntil(Pred pred, std::chrono::milliseconds timeout, std::stop_token stop = {}) const {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, stop, timeout, [&] { return current_ && pred(*current_); });
    return {current_, version_};
  }

private:
  mutable std::mutex mutex_;
  mutable std::condition_variable_any changed_;
  Ptr current_;
  uint64_t version_ = 0;
};

} // namespace landslide
