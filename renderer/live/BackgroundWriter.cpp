#include "BackgroundWriter.h"

#include <cstdio>
#include <fstream>

namespace landslide {

BackgroundWriter::BackgroundWriter() : worker_(kCapacity, Overflow::Drop, &BackgroundWriter::write) {}

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

bool BackgroundWriter::write(Job& job) {
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
  return true;
}

} // namespace landslide
