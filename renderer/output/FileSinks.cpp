#include "FileSinks.h"
#include "FfmpegProcess.h"
#include "InterlaceSink.h"

#include "feeds/base/Files.h"

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

Problem outputProblem(const std::string& spec, const std::string& why, std::string rule = "bad-output") {
  return Problem::error("", "", "--out '" + spec + "': " + why, std::move(rule));
}

Expected<void> writableDirectory(const fs::path& dir, const std::string& spec) {
  fs::path d = dir.empty() ? fs::path(".") : dir;
  std::error_code ec;
  if (!fs::is_directory(d, ec)) return outputProblem(spec, "directory " + d.string() + " does not exist");
  // Create and remove a probe file: access(2) says yes to root even where writes fail.
  fs::path probe = d / ".landslide-write-probe";
  int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return outputProblem(spec, "directory " + d.string() + " is not writable (" + std::strerror(errno) + ")");
  ::close(fd);
  ::unlink(probe.c_str());
  return {};
}

// A sink whose work is one function per frame, run on a SinkWorker.
class WorkerSink : public Sink {
public:
  WorkerSink(std::string spec, PixelFormat format, QueuePolicy policy, SinkWorker::Handler handler)
      : spec_(std::move(spec)), format_(format), worker_(std::move(handler), policy, format) {}
  const std::string& spec() const override { return spec_; }
  PixelFormat format() const override { return format_; }
  void push(const VideoFrame& frame) override { worker_.push(frame); }
  Expected<void> finish() override {
    worker_.finish();
    if (auto f = worker_.failure()) return outputProblem(spec_, *f, "output-failed");
    return {};
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
        worker_([this](const VideoFrame& f) { return process_->write(f); }, policy, format) {}
  const std::string& spec() const override { return spec_; }
  PixelFormat format() const override { return format_; }
  void push(const VideoFrame& frame) override { worker_.push(frame); }
  Expected<void> finish() override {
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
    Expected<void> closed = process_->close();
    {
      std::lock_guard lock(mutex);
      finished = true;
    }
    done.notify_all();
    guard.join();
    if (process_->stopped())
      return outputProblem(spec_,
                           "ffmpeg had not finished " + std::to_string(finishGrace_.count() / 1000) +
                               " s after the last frame" +
                               (listens_ ? " (nobody connected, or the reader stopped)" : "") + "; stopped",
                           "output-failed");
    if (auto f = worker_.failure()) return outputProblem(spec_, *f, "output-failed");
    if (!closed) return outputProblem(spec_, closed.error(), "output-failed");
    return {};
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

Expected<void> writeAll(int fd, const uint8_t* data, size_t size) {
  while (size > 0) {
    ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return Problem::error("", "", std::string("write failed: ") + std::strerror(errno), "write-failed");
    data += n;
    size -= size_t(n);
  }
  return {};
}

} // namespace

Expected<void> writePng(const std::string& path, const VideoFrame& frame) {
  std::string png;
  auto collect = [](void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), size_t(size));
  };
  if (!stbi_write_png_to_func(collect, &png, frame.width, frame.height, 4, frame.pixels->data(), frame.width * 4))
    return Problem::error("", "", "cannot encode " + path, "write-failed");
  if (auto written = files::writeFileAtomically(path, png); !written)
    return Problem::error("", "", "cannot write " + path + ": " + written.problem().reason, "write-failed");
  return {};
}

PixelFormat pixelFormatFor(const OutputSpec& spec, KeyMode key) {
  if (key == KeyMode::SideBySide) return PixelFormat::FillAndKey;
  if (key == KeyMode::Only) return PixelFormat::KeyOnly;
  if (spec.kind == OutputKind::H264) return PixelFormat::OverBlack;
  return spec.alpha == AlphaMode::Premultiplied ? PixelFormat::Premultiplied : PixelFormat::Straight;
}

namespace {

Expected<std::unique_ptr<Sink>> createProgressiveSink(const OutputSpec& spec, const SinkSettings& s) {
  const PixelFormat format = pixelFormatFor(spec, s.key);
  const int frameWidth = format == PixelFormat::FillAndKey ? s.width * 2 : s.width;
  using SinkPtr = std::unique_ptr<Sink>;
  switch (spec.kind) {
  case OutputKind::PngFile: {
    if (auto writable = writableDirectory(fs::path(spec.path).parent_path(), spec.text); !writable)
      return writable.problem();
    std::string path = spec.path;
    return SinkPtr(std::make_unique<WorkerSink>(spec.text, format, s.policy,
                                                [path](const VideoFrame& f) { return writePng(path, f); }));
  }
  case OutputKind::PngSequence: {
    std::error_code ec;
    fs::create_directories(spec.path, ec);
    if (ec) return outputProblem(spec.text, "cannot create directory: " + ec.message());
    if (auto writable = writableDirectory(spec.path, spec.text); !writable) return writable.problem();
    std::string dir = spec.path;
    return SinkPtr(std::make_unique<WorkerSink>(spec.text, format, s.policy, [dir](const VideoFrame& f) {
      char name[32];
      std::snprintf(name, sizeof name, "frame-%06lld.png", static_cast<long long>(f.number));
      return writePng(dir + name, f);
    }));
  }
  case OutputKind::Stdout:
    return SinkPtr(std::make_unique<WorkerSink>(spec.text, format, s.policy, [](const VideoFrame& f) {
      return writeAll(STDOUT_FILENO, f.pixels->data(), f.pixels->size());
    }));
  case OutputKind::ProRes:
  case OutputKind::H264:
    if (auto writable = writableDirectory(fs::path(spec.path).parent_path(), spec.text); !writable)
      return writable.problem();
    [[fallthrough]];
  case OutputKind::Ffmpeg:
  case OutputKind::Obs: {
    const FrameRate frames = s.rate.frames();
    auto process = FfmpegProcess::start(ffmpegOutputArguments(spec, s.rate, s.timecode), frameWidth, s.height, frames);
    if (!process) return outputProblem(spec.text, process.error(), "ffmpeg");
    return SinkPtr(
        std::make_unique<FfmpegSink>(spec.text, format, s.policy, std::move(*process), spec.kind == OutputKind::Obs));
  }
  case OutputKind::Window: break;
  }
  return outputProblem(spec.text, "a window is not a file output");
}

} // namespace

Expected<std::unique_ptr<Sink>> createFileSink(const OutputSpec& spec, const SinkSettings& s) {
  auto sink = createProgressiveSink(spec, s);
  if (!sink || !s.rate.interlaced) return sink;
  return std::unique_ptr<Sink>(std::make_unique<InterlaceSink>(std::move(*sink), s.policy));
}

} // namespace landslide
