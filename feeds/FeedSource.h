#pragma once
// FeedSource: where snapshots come from. Every source parses on its own worker thread
// and publishes immutable snapshots; latest() and health() may be called from any
// thread (the render thread included) and never block on I/O or parsing.
// While a source is broken, latest() keeps returning the last good snapshot.

#include "feeds/FeedError.h"
#include "feeds/ParseFeed.h"
#include "feeds/Snapshot.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace landslide {

struct SourceHealth {
  std::string source; // e.g. "file:/srv/results.json"
  bool running = false;
  std::optional<uint64_t> lastGoodRevision;      // sourceRevision of latest(); none yet if absent
  FeedErrors lastErrors;                         // of the most recent attempt; empty when it was good
  FeedErrors lastWarnings;                       // of the latest good snapshot
  std::optional<double> ageOfLastGoodSeconds;    // since the good snapshot was published
  std::optional<double> sinceLastAttemptSeconds; // since bytes were last fetched or checked
  uint64_t attempts = 0;                         // documents fetched (unchanged ones included)
  uint64_t failures = 0;                         // attempts that ended in an error
  bool healthy() const { return running && lastErrors.empty() && lastGoodRevision.has_value(); }
};

// Thread-safe bookkeeping shared by the concrete sources: the latest good snapshot,
// the last error, counters and the listener.
class SourceState {
public:
  explicit SourceState(std::string name) : name_(std::move(name)) {}

  // Parses on the calling (worker) thread and publishes the snapshot if good.
  // Identical bytes to the last good document are not parsed again.
  ParseResult ingest(std::string_view bytes, const JsonLimits& limits);
  // A failure before any bytes (file missing, HTTP error): keeps the last good snapshot.
  void fail(FeedErrors errors);
  void fail(std::string reason, const char* rule);
  // A check that found nothing new (HTTP 304).
  void unchanged();
  void setRunning(bool running);

  SnapshotPtr latest() const;
  SourceHealth health() const;
  // Blocks until a first good document is published or an attempt fails, up to timeout.
  void awaitFirst(std::chrono::milliseconds timeout) const;
  void setListener(std::function<void(const SnapshotPtr&)> listener);
  const std::string& name() const { return name_; }

private:
  using Clock = std::chrono::steady_clock;
  const std::string name_;
  mutable std::mutex mutex_;
  mutable std::condition_variable attempted_; // notified after each attempt
  SnapshotPtr latest_;
  FeedErrors lastErrors_;
  uint64_t revision_ = 0;
  uint64_t attempts_ = 0;
  uint64_t failures_ = 0;
  bool running_ = false;
  std::size_t lastHash_ = 0;
  std::size_t lastSize_ = 0;
  std::optional<Clock::time_point> goodAt_;
  std::optional<Clock::time_point> attemptAt_;
  std::function<void(const SnapshotPtr&)> listener_;
  std::mutex ingestMutex_; // one parse at a time per source
};

class FeedSource {
public:
  virtual ~FeedSource() = default;
  virtual void start() = 0; // begins the worker; returns at once
  virtual void stop() = 0;  // ends the worker and waits for it; idempotent

  SnapshotPtr latest() const { return state_.latest(); } // null until the first good document
  SourceHealth health() const { return state_.health(); }
  // Waits (bounded) for the first document or the first failure; no polling.
  void awaitFirst(std::chrono::milliseconds timeout) const { state_.awaitFirst(timeout); }
  const std::string& name() const { return state_.name(); }
  // Called on the worker thread with each new good snapshot. Set before start().
  void setListener(std::function<void(const SnapshotPtr&)> listener) { state_.setListener(std::move(listener)); }

protected:
  explicit FeedSource(std::string name) : state_(std::move(name)) {}
  SourceState state_;
};

} // namespace landslide
