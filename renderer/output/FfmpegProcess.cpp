#include "FfmpegProcess.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace landslide {

namespace {

Problem ffmpegProblem(std::string reason) { return Problem::error("", "", std::move(reason), "ffmpeg"); }

} // namespace

std::vector<std::string> ffmpegOutputArguments(const OutputSpec& spec, FrameRate rate, const std::string& timecode) {
  using Args = std::vector<std::string>;
  Args out;
  // Timecode: mov/mp4 get a tmcd track, other muxers the metadata they carry.
  if (!timecode.empty() && spec.kind != OutputKind::Obs) out = {"-timecode", timecode};
  // Interlaced: the encoder codes fields (+ildct+ilme), setfield marks every frame top
  // field first and the muxer flags the stream (mov: the fiel atom, ffprobe field_order tt).
  const Args interlace = {"-flags", "+ildct+ilme", "-vf", "setfield=tff", "-field_order", "tt"};
  if (rate.interlaced && spec.kind != OutputKind::Obs) out.insert(out.end(), interlace.begin(), interlace.end());
  Args codec;
  switch (spec.kind) {
  case OutputKind::ProRes:
    codec = {"-c:v", "prores_ks", "-profile:v", "4444", "-pix_fmt", "yuva444p10le", "-vendor", "apl0", "-y", spec.path};
    break;
  case OutputKind::H264:
    codec = {"-c:v", "libx264", "-preset", "veryfast", "-crf", "16", "-pix_fmt", "yuv420p"};
    if (rate.interlaced) codec.insert(codec.end(), {"-x264opts", "tff=1"}); // PAFF/MBAFF fields, top first
    codec.insert(codec.end(), {"-movflags", "+faststart", "-y", spec.path});
    break;
  case OutputKind::Obs:
    codec = {"-c:v",
             "rawvideo",
             "-pix_fmt",
             "bgra",
             "-f",
             "nut",
             "tcp://127.0.0.1:" + std::to_string(spec.port) + "?listen=1"};
    break;
  default: codec = spec.ffmpegArgs; // theirs last: a -vf of their own replaces setfield
  }
  out.insert(out.end(), codec.begin(), codec.end());
  return out;
}

Expected<std::unique_ptr<FfmpegProcess>> FfmpegProcess::start(const std::vector<std::string>& outputArgs, int width,
                                                              int height, FrameRate rate) {
  std::signal(SIGPIPE, SIG_IGN); // a dead reader must be a write error, not a dead renderer
  std::vector<std::string> args = {
      "ffmpeg",     "-hide_banner",  "-loglevel", "error",       "-f",
      "rawvideo",   "-pix_fmt",      "rgba",      "-video_size", std::to_string(width) + "x" + std::to_string(height),
      "-framerate", rate.toString(), "-i",        "pipe:0"};
  args.insert(args.end(), outputArgs.begin(), outputArgs.end());
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  int in[2], err[2];
  if (pipe2(in, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0)
    return ffmpegProblem(std::string("pipe: ") + std::strerror(errno));
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  std::unique_ptr<FfmpegProcess> p(new FfmpegProcess());
  int rc = posix_spawnp(&p->pid_, "ffmpeg", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(in[0]);
  ::close(err[1]);
  if (rc != 0) {
    ::close(in[1]);
    ::close(err[0]);
    return ffmpegProblem(rc == ENOENT ? "ffmpeg not found on PATH (apt-get install ffmpeg)"
                                      : std::string("cannot start ffmpeg: ") + std::strerror(rc));
  }
  p->stdinFd_ = in[1];
  p->stderrFd_ = err[0];
  FfmpegProcess* self = p.get();
  p->stderrReader_ = std::thread([self] {
    char buf[1024];
    ssize_t n;
    while ((n = ::read(self->stderrFd_, buf, sizeof buf)) > 0) {
      std::lock_guard lock(self->stderrMutex_);
      self->stderrTail_.append(buf, size_t(n));
      if (self->stderrTail_.size() > 4096) self->stderrTail_.erase(0, self->stderrTail_.size() - 4096);
    }
  });
  return p;
}

FfmpegProcess::~FfmpegProcess() { (void)close(); }

std::string FfmpegProcess::lastErrorLines() const {
  std::lock_guard lock(stderrMutex_);
  std::string tail = stderrTail_;
  while (!tail.empty() && (tail.back() == '\n' || tail.back() == '\r')) tail.pop_back();
  auto pos = tail.rfind('\n');
  std::string last = pos == std::string::npos ? tail : tail.substr(pos + 1);
  return last.empty() ? std::string() : ": " + last;
}

Expected<void> FfmpegProcess::write(const VideoFrame& frame) {
  const uint8_t* data = frame.pixels->data();
  size_t size = frame.pixels->size();
  while (size > 0) {
    ssize_t n = ::write(stdinFd_, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      std::string reason =
          errno == EPIPE ? "ffmpeg exited early" : std::string("write to ffmpeg failed: ") + std::strerror(errno);
      (void)close();
      return ffmpegProblem(reason + lastErrorLines());
    }
    data += n;
    size -= size_t(n);
  }
  return {};
}

void FfmpegProcess::stop() {
  std::lock_guard lock(pidMutex_);
  if (pid_ > 0) {
    stopped_ = true;
    kill(pid_, SIGKILL);
  }
}

Expected<void> FfmpegProcess::close() {
  if (closed_) return {};
  closed_ = true;
  if (stdinFd_ >= 0) ::close(stdinFd_);
  stdinFd_ = -1;
  int status = 0;
  pid_t pid;
  {
    std::lock_guard lock(pidMutex_);
    pid = pid_;
  }
  if (pid > 0) {
    // Wait for the exit without reaping (WNOWAIT): until it is reaped below, under the
    // lock, the pid cannot be reused, so stop() never signals another process.
    siginfo_t info{};
    while (waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR) {}
    std::lock_guard lock(pidMutex_);
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {}
    pid_ = -1;
  }
  if (stderrReader_.joinable()) stderrReader_.join();
  if (stderrFd_ >= 0) ::close(stderrFd_);
  stderrFd_ = -1;
  if (stopped_) return ffmpegProblem("ffmpeg was stopped before it finished");
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return ffmpegProblem("ffmpeg failed (exit " + std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + ")" +
                         lastErrorLines());
  return {};
}

} // namespace landslide
