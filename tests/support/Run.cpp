#include "Run.h"

#include <array>
#include <cstdio>
#include <filesystem>
#include <sys/wait.h>

namespace landslide::test {

RunResult run(const std::string& command) {
  RunResult r;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buf{};
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
  int status = pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string landslideBinary() { return LANDSLIDE_BINARY; }
std::string sourceDir() { return LANDSLIDE_SOURCE_DIR; }

std::string scratchDir(const std::string& name) {
  std::string dir = std::string(LANDSLIDE_TEST_OUTPUT) + "/" + name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

} // namespace landslide::test
