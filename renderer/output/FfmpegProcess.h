#pragma once
// An ffmpeg child process that reads raw RGBA frames on its stdin. Its stderr is kept
// (last lines) so an early exit is reported with ffmpeg's own reason.
#include "OutputSpec.h"
#include "Sink.h"

#include "FrameRate.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <sys/types.h>
#include <thread>
#include <vector>

namespace landslide {

// The output half of the ffmpeg command line for a spec (after "-i pipe:0"). An
// interlaced `rate` encodes and flags the frames as interlaced, top field first; a
// timecode ("" = none) is the first frame's label (-timecode).
std::vector<std::string> ffmpegOutputArguments(const OutputSpec& spec, FrameRate rate, const std::string& timecode);

class FfmpegProcess {
public:
  static Expected<std::unique_ptr<FfmpegProcess>> start(const std::vector<std::string>& outputArgs, int width,
                                                        int height, FrameRate rate);
  ~FfmpegProcess();
  Expected<void> write(const VideoFrame& frame);
  Expected<void> close(); // closes stdin and waits for ffmpeg's exit status
  // Kills ffmpeg (any thread): a blocked write() fails at once and close() returns. For an
  // output that never finishes on its own, e.g. a stream nobody connected to.
  void stop();
  bool stopped() const { return stopped_.load(); }

private:
  FfmpegProcess() = default;
  std::string lastErrorLines() const;
  pid_t pid_ = -1;
  int stdinFd_ = -1;
  int stderrFd_ = -1;
  std::thread stderrReader_;
  mutable std::mutex stderrMutex_;
  std::string stderrTail_;
  bool closed_ = false;
  std::mutex pidMutex_; // pid_ is reaped by close() while stop() may signal it
  std::atomic<bool> stopped_{false};
};

} // namespace landslide
