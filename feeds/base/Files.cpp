#include "feeds/base/Files.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace landslide::files {

namespace {

Problem systemProblem(const std::string& path, const std::string& what, const char* rule) {
  return Problem::error(path, "", what + ": " + std::strerror(errno), rule);
}

class FileDescriptor {
public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }
  // close(2) can report a write the kernel could not complete (NFS, quotas).
  bool closeChecked() {
    const int fd = fd_;
    fd_ = -1;
    return ::close(fd) == 0;
  }

private:
  int fd_;
};

bool writeAll(int fd, std::string_view text) {
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = ENOSPC;
      return false;
    }
    done += std::size_t(n);
  }
  return true;
}

} // namespace

Expected<std::string> readFile(const std::string& path, std::size_t maxBytes) {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
  FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
  if (fd.get() < 0) {
    if (errno == ENOENT) return Problem::error(path, "", "file not found", "missing");
    return systemProblem(path, "cannot open", "read-failed");
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) return systemProblem(path, "cannot stat", "read-failed");
  if (!S_ISREG(st.st_mode))
    return Problem::error(path, "", S_ISDIR(st.st_mode) ? "is a directory, not a file" : "is not a regular file",
                          "not-regular");
  if (std::size_t(st.st_size) > maxBytes)
    return Problem::error(
        path, "", "is " + std::to_string(st.st_size) + " bytes, more than the limit of " + std::to_string(maxBytes),
        "too-large");
  std::string text;
  text.resize(std::size_t(st.st_size));
  std::size_t done = 0;
  // Read to the end, not to st_size: the file may grow while it is read; stop past the limit.
  for (;;) {
    if (done == text.size()) {
      if (text.size() > maxBytes) break;
      text.resize(std::min(maxBytes + 1, std::max<std::size_t>(text.size() * 2, 4096)));
    }
    const ssize_t n = ::read(fd.get(), text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return systemProblem(path, "cannot read", "read-failed");
    if (n == 0) break;
    done += std::size_t(n);
  }
  if (done > maxBytes)
    return Problem::error(path, "", "grew past the limit of " + std::to_string(maxBytes) + " bytes while being read",
                          "too-large");
  text.resize(done);
  return text;
}

std::filesystem::path temporaryNameFor(const std::filesystem::path& target) {
  static std::atomic<unsigned> counter{0};
  const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  return dir / ("." + target.filename().string() + "." + std::to_string(::getpid()) + "." +
                std::to_string(counter.fetch_add(1)) + ".tmp");
}

Expected<void> writeFileAtomically(const std::string& path, std::string_view text) {
  const std::filesystem::path target(path);
  const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  const std::string temp = temporaryNameFor(target).string();
  FileDescriptor fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
  if (fd.get() < 0) return systemProblem(path, "cannot create " + temp, "write-failed");
  auto abandon = [&](const std::string& what) {
    Problem p = systemProblem(path, what, "write-failed");
    ::unlink(temp.c_str());
    return p;
  };
  if (!writeAll(fd.get(), text)) return abandon("cannot write " + temp);
  if (::fsync(fd.get()) != 0) return abandon("cannot sync " + temp);
  if (!fd.closeChecked()) return abandon("cannot close " + temp);
  if (::rename(temp.c_str(), path.c_str()) != 0) return abandon("cannot rename " + temp + " into place");
  // The rename survives a crash only once the directory entry is on disk too.
  if (const int d = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); d >= 0) {
    ::fsync(d);
    ::close(d);
  }
  return {};
}

} // namespace landslide::files
