#pragma once
// Waiting for SIGINT/SIGTERM without blocking them: blocked signals would be inherited
// by the ffmpeg processes the output sinks spawn, and those must stay killable.
#include <chrono>

namespace landslide {

// Installs handlers for SIGINT and SIGTERM; returns false if it cannot.
bool installShutdownHandlers();
// Waits until one arrives; returns its number.
int waitForShutdownSignal();

// Sends SIGTERM to this process's own child processes that are still running (an
// ffmpeg stream output nobody ever connected to does not exit on end of input), after
// giving them `grace` to exit; returns how many were signalled.
int terminateChildrenAfter(std::chrono::milliseconds grace);

} // namespace landslide
