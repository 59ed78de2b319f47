#include "ShutdownSignal.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <poll.h>
#include <sstream>
#include <string>
#include <sys/eventfd.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace landslide {

namespace {
// A signal handler can reach nothing else: these two are the process's only globals here.
std::atomic<int> gSignal{0};
int gWakeFd = -1;

extern "C" void onShutdownSignal(int signal) {
  gSignal = signal;
  uint64_t one = 1;
  ssize_t ignored = ::write(gWakeFd, &one, sizeof one);
  (void)ignored;
}

std::vector<pid_t> runningChildren() {
  std::vector<pid_t> children;
  const pid_t self = getpid();
  DIR* proc = opendir("/proc");
  if (!proc) return children;
  while (dirent* e = readdir(proc)) {
    char* end = nullptr;
    long pid = std::strtol(e->d_name, &end, 10);
    if (*end != '\0' || pid <= 0) continue;
    std::ifstream stat("/proc/" + std::string(e->d_name) + "/stat");
    std::string line;
    if (!std::getline(stat, line)) continue;
    // pid (comm) state ppid …: comm may hold spaces, so read after the last ')'.
    auto close = line.rfind(')');
    if (close == std::string::npos) continue;
    std::istringstream rest(line.substr(close + 1));
    char state = 0;
    long ppid = 0;
    rest >> state >> ppid;
    if (ppid == self && state != 'Z') children.push_back(static_cast<pid_t>(pid));
  }
  closedir(proc);
  return children;
}
} // namespace

bool installShutdownHandlers() {
  gWakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (gWakeFd < 0) return false;
  struct sigaction action {};
  action.sa_handler = onShutdownSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  return sigaction(SIGINT, &action, nullptr) == 0 && sigaction(SIGTERM, &action, nullptr) == 0;
}

int waitForShutdownSignal() {
  while (gSignal == 0) {
    pollfd p{gWakeFd, POLLIN, 0};
    if (poll(&p, 1, 1000) < 0 && errno != EINTR) break;
  }
  return gSignal;
}

int terminateChildrenAfter(std::chrono::milliseconds grace) {
  const auto until = std::chrono::steady_clock::now() + grace;
  while (!runningChildren().empty() && std::chrono::steady_clock::now() < until)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  int n = 0;
  for (pid_t pid : runningChildren())
    if (kill(pid, SIGTERM) == 0) ++n;
  return n;
}

} // namespace landslide
