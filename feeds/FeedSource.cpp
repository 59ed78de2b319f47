#include "feeds/FeedSource.h"

#include <functional>

namespace landslide {

namespace {
double secondsSince(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}
} // namespace

ParseResult SourceState::ingest(std::string_view bytes, const JsonLimits& limits) {
  std::lock_guard ingestLock(ingestMutex_);
  const std::size_t hash = std::hash<std::string_view>{}(bytes);
  ParseOptions options;
  options.sourceName = name_;
  options.limits = limits;
  {
    std::lock_guard lock(mutex_);
    ++attempts_;
    attemptAt_ = Clock::now();
    if (latest_ && hash == lastHash_ && bytes.size() == lastSize_ && lastErrors_.empty()) {
      ParseResult same;
      same.snapshot = latest_;
      same.warnings = latest_->warnings();
      return same;
    }
    options.sourceRevision = revision_ + 1;
    options.previous = latest_;
  }
  ParseResult result = parseFeed(bytes, name_, options);
  std::function<void(const SnapshotPtr&)> listener;
  {
    std::lock_guard lock(mutex_);
    if (!result.ok()) {
      ++failures_;
      lastErrors_ = result.errors;
      attempted_.notify_all();
      return result;
    }
    revision_ = options.sourceRevision;
    latest_ = result.snapshot;
    lastErrors_.clear();
    lastHash_ = hash;
    lastSize_ = bytes.size();
    goodAt_ = Clock::now();
    listener = listener_;
  }
  attempted_.notify_all();
  if (listener) listener(result.snapshot);
  return result;
}

void SourceState::fail(FeedErrors errors) {
  std::lock_guard lock(mutex_);
  ++attempts_;
  ++failures_;
  attemptAt_ = Clock::now();
  lastErrors_ = std::move(errors);
  attempted_.notify_all();
}

void SourceState::fail(std::string reason, const char* rule) {
  fail(FeedErrors{FeedError{name_, "", std::move(reason), FeedError::Severity::Error, rule}});
}

void SourceState::unchanged() {
  std::lock_guard lock(mutex_);
  ++attempts_;
  attemptAt_ = Clock::now();
}

void SourceState::setRunning(bool running) {
  std::lock_guard lock(mutex_);
  running_ = running;
}

SnapshotPtr SourceState::latest() const {
  std::lock_guard lock(mutex_);
  return latest_;
}

SourceHealth SourceState::health() const {
  std::lock_guard lock(mutex_);
  SourceHealth h;
  h.source = name_;
  h.running = running_;
  if (latest_) {
    h.lastGoodRevision = latest_->sourceRevision();
    h.lastWarnings = latest_->warnings();
  }
  h.lastErrors = lastErrors_;
  if (goodAt_) h.ageOfLastGoodSeconds = secondsSince(*goodAt_);
  if (attemptAt_) h.sinceLastAttemptSeconds = secondsSince(*attemptAt_);
  h.attempts = attempts_;
  h.failures = failures_;
  return h;
}

void SourceState::awaitFirst(std::chrono::milliseconds timeout) const {
  std::unique_lock lock(mutex_);
  attempted_.wait_for(lock, timeout, [&] { return latest_ || failures_ > 0; });
}

void SourceState::setListener(std::function<void(const SnapshotPtr&)> listener) {
  std::lock_guard lock(mutex_);
  listener_ = std::move(listener);
}

} // namespace landslide
