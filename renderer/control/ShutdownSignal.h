#pragma once
// Waiting for SIGINT/SIGTERM without blocking them: blocked signals would be inherited
// by the ffmpeg processes the output sinks spawn, and those must stay killable.
namespace landslide {

// Installs handlers for SIGINT and SIGTERM; returns false if it cannot.
bool installShutdownHandlers();
// Waits until one arrives; returns its number.
int waitForShutdownSignal();

} // namespace landslide
