#include "BackgroundWriter.h"

#include "feeds/base/Files.h"

#include <cstdio>
#include <fstream>

namespace landslide {

BackgroundWriter::BackgroundWriter() : worker_(kCapacity, Overflow::Drop, [this](Job& job) { return write(job); }) {}

BackgroundWriter::~BackgroundWriter() { worker_.finish(); }

void BackgroundWriter::append(const std::string& file, std::string text) {
  worker_.push({file, std::move(text), false});
}

void BackgroundWriter::replace(const std::string& file, std::string text) {
  // A newer version supersedes a queued one.
  worker_.pushOrMerge({file, std::move(text), true}, [](Job& queued, Job& job) {
    if (!queued.replace || queued.file != job.file) return false;
    queued.text = std::move(job.text);
    return true;
  });
}

void BackgroundWriter::flush() { worker_.flush(); }

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

bool BackgroundWriter::write(Job& job) {
  if (job.replace) {
    replaced(job.file, files::writeFileAtomically(job.file, job.text));
  } else {
    std::ofstream out(job.file, std::ios::binary | std::ios::app);
    out << job.text;
  }
  return true;
}

} // namespace landslide
