#include "BackgroundWriter.h"

#include "feeds/base/Files.h"

#include <cstdio>
#include <fstream>

namespace landslide {

BackgroundWriter::BackgroundWriter() : thread_([this] { run(); }) {}

BackgroundWriter::~BackgroundWriter() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void BackgroundWriter::append(const std::string& file, std::string text) {
  std::lock_guard lock(mutex_);
  jobs_.push_back({file, std::move(text), false});
  changed_.notify_all();
}

void BackgroundWriter::replace(const std::string& file, std::string text) {
  std::lock_guard lock(mutex_);
  for (Job& j : jobs_) // a newer version supersedes a queued one
    if (j.replace && j.file == file) {
      j.text = std::move(text);
      return;
    }
  jobs_.push_back({file, std::move(text), true});
  changed_.notify_all();
}

void BackgroundWriter::flush() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return jobs_.empty() && !busy_; });
}

std::string BackgroundWriter::replaceError(const std::string& file) const {
  std::lock_guard lock(mutex_);
  auto it = replaceErrors_.find(file);
  return it == replaceErrors_.end() ? std::string() : it->second;
}

// A failed replace leaves the last good file (writeFileAtomically); it is said once in
// the log when it starts failing, and once when it works again.
void BackgroundWriter::replaced(const std::string& file, const Expected<void>& result) {
  const std::string error = result.error();
  {
    std::lock_guard lock(mutex_);
    std::string& last = replaceErrors_[file];
    if (last == error) return;
    last = error;
  }
  if (!error.empty())
    std::fprintf(stderr, "landslide: %s; the last good %s stays\n", error.c_str(), file.c_str());
  else
    std::fprintf(stderr, "landslide: %s written again\n", file.c_str());
  std::fflush(stderr);
}

void BackgroundWriter::run() {
  for (;;) {
    Job job;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return !jobs_.empty() || stopping_; });
      if (jobs_.empty()) return;
      job = std::move(jobs_.front());
      jobs_.pop_front();
      busy_ = true;
    }
    if (job.replace) {
      replaced(job.file, files::writeFileAtomically(job.file, job.text));
    } else {
      std::ofstream out(job.file, std::ios::binary | std::ios::app);
      out << job.text;
    }
    {
      std::lock_guard lock(mutex_);
      busy_ = false;
    }
    changed_.notify_all();
  }
}

} // namespace landslide
