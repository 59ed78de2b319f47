#pragma once
// FileFeedSource: a feed file watched with inotify. The directory is watched for
// IN_CLOSE_WRITE and IN_MOVED_TO on the file's name, so both writers that rewrite the
// file in place and writers that rename a finished temporary file over it are picked
// up within milliseconds; a file still open for writing is not read. Deleting or moving
// the file away is reported (the source is then not healthy); only regular files are read.

#include "feeds/FeedSource.h"

#include <atomic>
#include <filesystem>
#include <thread>

namespace landslide {

class FileFeedSource final : public FeedSource {
public:
  explicit FileFeedSource(std::filesystem::path file, JsonLimits limits = {});
  ~FileFeedSource() override;

  void start() override;
  void stop() override;

private:
  void run(std::stop_token stop);
  void load();
  int watch(int inotifyFd);

  std::filesystem::path path_;
  JsonLimits limits_;
  int wakeFd_ = -1;     // eventfd that a stop request writes to
  std::jthread worker_; // last: joined before the members it uses go
};

} // namespace landslide
