#include "feeds/FileFeedSource.h"
#include "feeds/base/Files.h"

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <tuple>
#include <unistd.h>

namespace landslide {

namespace {

// Deleting the file or moving it away is a change too: it is then reported missing.
constexpr uint32_t kFileEvents = IN_CLOSE_WRITE | IN_MOVED_TO | IN_DELETE | IN_MOVED_FROM;
constexpr uint32_t kDirGone = IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT;

std::string errnoText(int err) { return std::strerror(err); }

// What polling compares: a rename over the file changes its inode, a rewrite in place
// its size or times (nanoseconds); a missing file is a state of its own.
struct FileStamp {
  bool exists = false;
  dev_t dev = 0;
  ino_t ino = 0;
  off_t size = 0;
  int64_t mtimeNs = 0, ctimeNs = 0;
  bool operator==(const FileStamp&) const = default;
};

FileStamp stampOf(const std::filesystem::path& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) return {};
  auto ns = [](const timespec& t) { return int64_t(t.tv_sec) * 1'000'000'000 + t.tv_nsec; };
  return {true, st.st_dev, st.st_ino, st.st_size, ns(st.st_mtim), ns(st.st_ctim)};
}

} // namespace

FileFeedSource::FileFeedSource(std::filesystem::path file, JsonLimits limits, FileWatch mode)
    : FeedSource("file:" + file.string()), path_(std::move(file)), limits_(limits), mode_(mode) {}

FileFeedSource::~FileFeedSource() { stop(); }

void FileFeedSource::start() {
  if (worker_.joinable()) return;
  wakeFd_ = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (wakeFd_ < 0) {
    state_.fail("cannot create an eventfd: " + errnoText(errno), "io");
    return;
  }
  state_.setRunning(true);
  worker_ = std::jthread([this](std::stop_token stop) { run(stop); });
}

void FileFeedSource::stop() {
  if (!worker_.joinable()) return;
  worker_.request_stop(); // its stop callback wakes the poll
  worker_.join();
  close(wakeFd_);
  wakeFd_ = -1;
  state_.setRunning(false);
}

void FileFeedSource::load() {
  // files::readFile takes regular files only and never blocks: a FIFO renamed over the
  // feed is refused at once, not waited on. A missing file is an error the operator sees;
  // the last good snapshot stays on air.
  Expected<std::string> bytes = files::readFile(path_.string(), limits_.maxBytes);
  if (!bytes) {
    FeedError e = bytes.problem();
    if (e.rule == "too-large") e.rule = "size-limit"; // the feed's own name for it (SCHEMA.md)
    state_.fail(FeedErrors{std::move(e)});
    return;
  }
  state_.ingest(*bytes, limits_);
}

int FileFeedSource::watch(int inotifyFd) {
  const auto dir = path_.has_parent_path() ? path_.parent_path() : std::filesystem::path(".");
  const int wd = inotify_add_watch(inotifyFd, dir.c_str(), kFileEvents | IN_DELETE_SELF | IN_MOVE_SELF);
  if (wd < 0) state_.fail("cannot watch " + dir.string() + ": " + errnoText(errno), "io");
  return wd;
}

bool FileFeedSource::pause(int timeoutMs) {
  pollfd wake{wakeFd_, POLLIN, 0};
  if (::poll(&wake, 1, timeoutMs) < 0 && errno != EINTR) {
    state_.fail("poll failed: " + errnoText(errno), "io");
    return false;
  }
  return true;
}

void FileFeedSource::pollFile(std::stop_token stop) {
  FileStamp last = stampOf(path_);
  load();
  while (!stop.stop_requested()) {
    if (!pause(int(kPollInterval.count()))) break;
    if (stop.stop_requested()) break;
    const FileStamp now = stampOf(path_);
    if (now == last) continue;
    last = now;
    load();
  }
  state_.setRunning(false);
}

void FileFeedSource::run(std::stop_token stop) {
  // A stop request wakes poll() through the eventfd.
  std::stop_callback wake(stop, [this] {
    const uint64_t one = 1;
    [[maybe_unused]] auto n = write(wakeFd_, &one, sizeof one);
  });
  const int ino = mode_ == FileWatch::Poll ? -1 : inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (ino < 0) { // no inotify (none asked for, or no instances left): poll the file
    pollFile(stop);
    return;
  }
  const std::string fileName = path_.filename().string();
  int wd = watch(ino);
  // Watch first, then read: a write landing between the two is seen by one or the other.
  load();
  alignas(inotify_event) char buf[16 * (sizeof(inotify_event) + NAME_MAX + 1)];
  while (!stop.stop_requested()) {
    pollfd fds[2] = {{ino, POLLIN, 0}, {wakeFd_, POLLIN, 0}};
    // Without a watch (directory missing or replaced) retry twice a second.
    const int ready = ::poll(fds, 2, wd < 0 ? 500 : -1);
    if (stop.stop_requested()) break;
    if (ready < 0 && errno != EINTR) {
      state_.fail("poll failed: " + errnoText(errno), "io");
      break;
    }
    if (wd < 0) {
      wd = watch(ino);
      if (wd >= 0) load();
      continue;
    }
    if (ready <= 0 || !(fds[0].revents & POLLIN)) continue;
    bool changed = false;
    for (;;) {
      const ssize_t n = read(ino, buf, sizeof buf);
      if (n <= 0) break;
      for (ssize_t off = 0; off < n;) {
        const auto* ev = reinterpret_cast<const inotify_event*>(buf + off);
        if (ev->mask & IN_Q_OVERFLOW) changed = true;
        // Events of a directory watched before (moved away, or its IN_IGNORED arriving
        // after the new one is watched) say nothing about the file now.
        if (ev->wd == wd) {
          if ((ev->mask & kFileEvents) && ev->len && fileName == ev->name) changed = true;
          if (ev->mask & IN_MOVE_SELF) inotify_rm_watch(ino, wd); // it would follow the old directory
          if (ev->mask & kDirGone) wd = -1;
        }
        off += static_cast<ssize_t>(sizeof(inotify_event) + ev->len);
      }
    }
    if (wd < 0) {
      state_.fail("the directory of " + path_.string() + " was removed or moved; retrying", "io");
      continue;
    }
    if (changed) load();
  }
  close(ino);
  state_.setRunning(false);
}

} // namespace landslide
