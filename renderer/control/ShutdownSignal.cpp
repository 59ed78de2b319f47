#include "ShutdownSignal.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

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

} // namespace landslide
