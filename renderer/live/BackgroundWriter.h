#pragma once
// File writes off the render thread: appends (as-run lines) and atomic replaces (the
// playout journal, coalesced to the latest version) on one worker thread. The queue is
// bounded and never blocks the caller: past kCapacity jobs a write is dropped and counted.
#include "feeds/base/Worker.h"

#include <string>

namespace landslide {

class BackgroundWriter {
public:
  static constexpr std::size_t kCapacity = 4096;
  BackgroundWriter();
  ~BackgroundWriter(); // writes what is queued, then stops
  void append(const std::string& file, std::string text);
  void replace(const std::string& file, std::string text); // temp file + rename
  void flush();                                            // waits until the queue is empty
  uint64_t dropped() const { return worker_.dropped(); }

private:
  struct Job {
    std::string file, text;
    bool replace;
  };
  static bool write(Job& job);
  Worker<Job> worker_;
};

} // namespace landslide
