#pragma once
// FileFeedSource: a feed file watched with inotify. The directory is watched for
// IN_CLOSE_WRITE and IN_MOVED_TO on the file's name, so both writers that rewrite the
// file in place and writers that rename a finished temporary file over it are picked
// up within milliseconds; a file still open for writing is not read. Deleting or moving
// the file away is reported (the source is then not healthy); only regular files are read.
// Where inotify is unavailable (no instances left, a file system without it) the file is
// polled instead: its identity, size and times are compared every kPollInterval.

#include "feeds/FeedSource.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

namespace landslide {

enum class FileWatch {
  Notify, // inotify, falling back to polling when it cannot be had
  Poll,   // polling only (tests of the fallback; file systems where inotify stays silent)
};

class FileFeedSource final : public FeedSource {
public:
  static constexpr std::chrono::milliseconds kPollInterval{100};
  explicit FileFeedSource(std::filesystem::path file, JsonLimits limits = {}, FileWatch mode = FileWatch::Notify);
  ~FileFeedSource() override;

  void start() override;
  void stop() override;

private:
  void run(std::stop_token stop);
  void pollFile(std::stop_token stop);
  void load();
  int watch(int inotifyFd);
  bool pause(int timeoutMs); // sleeps until the timeout or a stop request; false if poll() failed

  std::filesystem::path path_;
  JsonLimits limits_;
  FileWatch mode_;
  int wakeFd_ = -1;     // eventfd that a stop request writes to
  std::jthread worker_; // last: joined before the members it uses go
};

} // namespace landslide
