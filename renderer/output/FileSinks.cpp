#include "FileSinks.h"
#include "FfmpegProcess.h"

#include <stb_image_write.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace landslide {

namespace fs = std::filesystem;

namespace {

bool writableDirectory(const fs::path& dir, std::string& error, const std::string& spec) {
  fs::path d = dir.empty() ? fs::path(".") : dir;
  std::error_code ec;
  if (!fs::is_directory(d, ec)) {
    error = "--out '" + spec + "': directory " + d.string() + " does not exist";
    return false;
  }
  // Create and remove a probe file: access(2) says yes to root even where writes fail.
  fs::path probe = d / ".landslide-write-probe";
  int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    error = "--out '" + spec + "': directory " + d.string() + " is not writable (" + std::strerror(errno) + ")";
    return false;
  }
  ::close(fd);
  ::unlink(probe.c_str());
  return true;
}

// A sink whose work is one function per frame, run on a SinkWorker.
class WorkerSink : public Sink {
public:
  WorkerSink(std::string spec, PixelFormat format, QueuePolicy policy, SinkWorker::Handler handler)
      : spec_(std::move(spec)), format_(format), worker_(std::move(handler), policy) {}
  const std::string& spec() const override { return spec_; }
  PixelFormat format() const override { return format_; }
  void push(const VideoFrame& frame) override { worker_.push(frame); }
  bool finish(std::string& error) override {
    worker_.finish();
    if (auto f = worker_.failure()) {
      error = "--out '" + spec_ + "': " + *f;
      return false;
    }
    return true;
  }
  std::optional<std::string> failure() const override {
    auto f = worker_.failure();
    if (f) return "--out '" + spec_ + "': " + *f;
    return std::nullopt;
  }
  uint64_t framesDropped() const override { return worker_.dropped(); }

private:
  std::string spec_;
  PixelFormat format_;
  SinkWorker worker_;
};

class FfmpegSink final : public Sink {
public:
  FfmpegSink(std::string spec, PixelFormat format, QueuePolicy policy, std::unique_ptr<FfmpegProcess> process,
             bool listens)
      : spec_(std::move(spec)), format_(format), listens_(listens),
        finishGrace_(listens ? std::chrono::seconds(3) : std::chrono::seconds(120)), process_(std::move(process)),
        worker_([this](const VideoFrame& f, std::string& e) { return process_->write(f, e); }, policy) {}
  const std::string& spec() const override { return spec_; }
  PixelFormat format() const override { return format_; }
  void push(const VideoFrame& frame) override { worker_.push(frame); }
  bool finish(std::string& error) override {
    // A stream nobody reads (obs: with no OBS connected, a stalled network output) would
    // never take its last frames: after the grace, ffmpeg is stopped.
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    std::thread guard([&] {
      std::unique_lock lock(mutex);
      if (!done.wait_for(lock, finishGrace_, [&] { return finished; })) process_->stop();
    });
    worker_.finish();
    std::string closeError;
    bool closed = process_->close(closeError);
    {
      std::lock_guard lock(mutex);
      finished = true;
    }
    done.notify_all();
    guard.join();
    if (process_->stopped()) {
      error = "--out '" + spec_ + "': ffmpeg had not finished " + std::to_string(finishGrace_.count() / 1000) +
              " s after the last frame" + (listens_ ? " (nobody connected, or the reader stopped)" : "") + "; stopped";
      return false;
    }
    if (auto f = worker_.failure()) {
      error = "--out '" + spec_ + "': " + *f;
      return false;
    }
    if (!closed) error = "--out '" + spec_ + "': " + closeError;
    return closed;
  }
  std::optional<std::string> failure() const override {
    if (auto f = worker_.failure()) return "--out '" + spec_ + "': " + *f;
    return std::nullopt;
  }
  uint64_t framesDropped() const override { return worker_.dropped(); }

private:
  std::string spec_;
  PixelFormat format_;
  bool listens_;                          // obs: ffmpeg waits for a client
  std::chrono::milliseconds finishGrace_; // files: a long tail to encode; streams: seconds
  std::unique_ptr<FfmpegProcess> process_;
  SinkWorker worker_;
};

bool writeAll(int fd, const uint8_t* data, size_t size, std::string& error) {
  while (size > 0) {
    ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error = std::string("write failed: ") + std::strerror(errno);
      return false;
    }
    data += n;
    size -= size_t(n);
  }
  return true;
}

} // namespace

bool writePng(const std::string& path, const VideoFrame& frame, std::string& error) {
  std::string temp = path + ".partial";
  if (!stbi_write_png(temp.c_str(), frame.width, frame.height, 4, frame.pixels->data(), frame.width * 4)) {
    error = "cannot write " + path;
    std::remove(temp.c_str());
    return false;
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    error = "cannot rename " + temp + " to " + path + ": " + std::strerror(errno);
    return false;
  }
  return true;
}

PixelFormat pixelFormatFor(const OutputSpec& spec, KeyMode key) {
  if (key == KeyMode::SideBySide) return PixelFormat::FillAndKey;
  if (key == KeyMode::Only) return PixelFormat::KeyOnly;
  return spec.kind == OutputKind::H264 ? PixelFormat::OverBlack : PixelFormat::Straight;
}

SinkResult createFileSink(const OutputSpec& spec, const SinkSettings& s) {
  const PixelFormat format = pixelFormatFor(spec, s.key);
  const int frameWidth = format == PixelFormat::FillAndKey ? s.width * 2 : s.width;
  std::string error;
  switch (spec.kind) {
  case OutputKind::PngFile: {
    if (!writableDirectory(fs::path(spec.path).parent_path(), error, spec.text)) return {nullptr, error};
    std::string path = spec.path;
    return {std::make_unique<WorkerSink>(spec.text, format, s.policy,
                                         [path](const VideoFrame& f, std::string& e) { return writePng(path, f, e); }),
            {}};
  }
  case OutputKind::PngSequence: {
    std::error_code ec;
    fs::create_directories(spec.path, ec);
    if (ec) return {nullptr, "--out '" + spec.text + "': cannot create directory: " + ec.message()};
    if (!writableDirectory(spec.path, error, spec.text)) return {nullptr, error};
    std::string dir = spec.path;
    return {std::make_unique<WorkerSink>(spec.text, format, s.policy,
                                         [dir](const VideoFrame& f, std::string& e) {
                                           char name[32];
                                           std::snprintf(name, sizeof name, "frame-%06lld.png",
                                                         static_cast<long long>(f.number));
                                           return writePng(dir + name, f, e);
                                         }),
            {}};
  }
  case OutputKind::Stdout:
    return {std::make_unique<WorkerSink>(spec.text, format, s.policy,
                                         [](const VideoFrame& f, std::string& e) {
                                           return writeAll(STDOUT_FILENO, f.pixels->data(), f.pixels->size(), e);
                                         }),
            {}};
  case OutputKind::ProRes:
  case OutputKind::H264:
    if (!writableDirectory(fs::path(spec.path).parent_path(), error, spec.text)) return {nullptr, error};
    [[fallthrough]];
  case OutputKind::Ffmpeg:
  case OutputKind::Obs: {
    auto process = FfmpegProcess::start(ffmpegOutputArguments(spec, s.rate), frameWidth, s.height, s.rate, error);
    if (!process) return {nullptr, "--out '" + spec.text + "': " + error};
    return {std::make_unique<FfmpegSink>(spec.text, format, s.policy, std::move(process), spec.kind == OutputKind::Obs),
            {}};
  }
  case OutputKind::Window: break;
  }
  return {nullptr, "--out '" + spec.text + "': a window is not a file output"};
}

} // namespace landslide
