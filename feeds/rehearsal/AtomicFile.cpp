#include "feeds/rehearsal/AtomicFile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

namespace landslide::rehearsal {

namespace {

bool fail(std::string& error, const std::string& what) {
  error = what + ": " + std::strerror(errno);
  return false;
}

} // namespace

bool writeFileAtomically(const std::string& path, const std::string& text, std::string& error) {
  const std::filesystem::path target(path);
  const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
  // One temporary name per process, beside the target: a rename never crosses filesystems.
  const std::string temp =
      (dir / ("." + target.filename().string() + "." + std::to_string(getpid()) + ".tmp")).string();
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return fail(error, temp + ": cannot create");
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      fail(error, temp + ": cannot write");
      ::close(fd);
      ::unlink(temp.c_str());
      return false;
    }
    done += std::size_t(n);
  }
  if (::fsync(fd) != 0) {
    fail(error, temp + ": cannot sync");
    ::close(fd);
    ::unlink(temp.c_str());
    return false;
  }
  ::close(fd);
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    fail(error, path + ": cannot rename into place");
    ::unlink(temp.c_str());
    return false;
  }
  if (const int d = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); d >= 0) {
    ::fsync(d);
    ::close(d);
  }
  return true;
}

} // namespace landslide::rehearsal
