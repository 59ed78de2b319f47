#pragma once
// File writes off the render thread: appends (as-run lines) and atomic replaces (the
// playout journal, coalesced to the latest version) on one worker thread.
#include "feeds/base/Expected.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <thread>

namespace landslide {

class BackgroundWriter {
public:
  BackgroundWriter();
  ~BackgroundWriter(); // writes what is queued, then stops
  void append(const std::string& file, std::string text);
  void replace(const std::string& file, std::string text); // files::writeFileAtomically
  // Why the newest replace of `file` failed ("" when it worked or has not run yet).
  std::string replaceError(const std::string& file) const;
  void flush(); // waits until the queue is empty

private:
  struct Job {
    std::string file, text;
    bool replace;
  };
  void run();
  void replaced(const std::string& file, const Expected<void>& result);
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Job> jobs_;
  std::map<std::string, std::string> replaceErrors_;
  bool busy_ = false, stopping_ = false;
  std::thread thread_;
};

} // namespace landslide
