#pragma once
// File writes off the render thread: appends (as-run lines) and atomic replaces (the
// playout journal, coalesced to the latest version) on one worker thread. The queue is
// bounded and never blocks the caller: past kCapacity jobs a write is dropped and counted.
#include "feeds/base/Expected.h"
#include "feeds/base/Worker.h"

#include <map>
#include <mutex>
#include <string>

namespace landslide {

class BackgroundWriter {
public:
  static constexpr std::size_t kCapacity = 4096;
  BackgroundWriter();
  ~BackgroundWriter(); // writes what is queued, then stops
  void append(const std::string& file, std::string text);
  void replace(const std::string& file, std::string text); // files::writeFileAtomically
  // Why the newest replace of `file` failed ("" when it worked or has not run yet).
  std::string replaceError(const std::string& file) const;
  void flush(); // waits until the queue is empty
  uint64_t dropped() const { return worker_.dropped(); }

private:
  struct Job {
    std::string file, text;
    bool replace;
  };
  bool write(Job& job);
  void replaced(const std::string& file, const Expected<void>& result);
  mutable std::mutex mutex_; // guards replaceErrors_
  std::map<std::string, std::string> replaceErrors_;
  Worker<Job> worker_; // last: it stops before the members it uses go
};

} // namespace landslide
