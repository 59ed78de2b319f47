#pragma once
// File writes off the render thread: appends (as-run lines) and atomic replaces (the
// playout journal, coalesced to the latest version) on one worker thread.
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

namespace landslide {

class BackgroundWriter {
public:
  BackgroundWriter();
  ~BackgroundWriter(); // writes what is queued, then stops
  void append(const std::string& file, std::string text);
  void replace(const std::string& file, std::string text); // temp file + rename
  void flush();                                            // waits until the queue is empty

private:
  struct Job {
    std::string file, text;
    bool replace;
  };
  void run();
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Job> jobs_;
  bool busy_ = false, stopping_ = false;
  std::thread thread_;
};

} // namespace landslide
