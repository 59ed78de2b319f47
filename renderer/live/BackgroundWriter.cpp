#include "BackgroundWriter.h"

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
      std::string temp = job.file + ".partial";
      {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << job.text;
      }
      std::rename(temp.c_str(), job.file.c_str());
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
