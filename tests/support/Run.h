#pragma once
// Runs a command line (through /bin/sh) and captures its exit status and output.
#include <string>

namespace landslide::test {

struct RunResult {
  int status = -1;
  std::string out; // stdout and stderr together
};

RunResult run(const std::string& command);
std::string landslideBinary(); // path of the built executable (set by CMake)
std::string sourceDir();
std::string scratchDir(const std::string& name); // fresh directory under the build tree

} // namespace landslide::test
