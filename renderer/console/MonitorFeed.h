#pragma once
// The console's monitors, produced on the render thread: a downscaled copy of the
// program (≤ 960x540) and a preview of the cued item rendered by its own small channel
// at a reduced rate. The console samples the newest completed texture; nothing the
// console does can hold up the render thread.
#include "program/ProgramChannel.h"

#include "playout/Playout.h"

#include <atomic>
#include <mutex>
#include <optional>

namespace landslide {

class MonitorFeed {
public:
  static constexpr int kWidth = 960, kHeight = 540;
  // Needs the program context current (textures are shared with the console's context).
  // A Problem when the theme's fonts cannot be baked at monitor size.
  static Expected<std::unique_ptr<MonitorFeed>> create(const SceneRegistry& scenes, const Theme& theme, FrameRate rate);
  ~MonitorFeed();

  // Render thread, after each tick.
  void update(int64_t frame, ProgramChannel& program, const SnapshotPtr& data);
  // Console thread: what to preview (nullopt = nothing cued).
  void cue(std::optional<LayerItem> item);
  // Console thread: newest textures (bottom-up rows, premultiplied).
  GLuint programTexture() const { return program_[published_.load()]->texture(); }
  GLuint previewTexture() const { return preview_ ? preview_->programTexture() : 0; }

private:
  MonitorFeed(const SceneRegistry& scenes, const Theme& theme, FrameRate rate, std::unique_ptr<FontBank> fonts);
  std::unique_ptr<ColourTarget> program_[3];
  std::atomic<int> published_{0};
  uint64_t lastDrawn_ = ~0ull;

  std::unique_ptr<FontBank> fonts_;
  std::unique_ptr<ProgramChannel> preview_;
  Playout previewPlayout_;
  std::mutex cueMutex_;
  std::optional<LayerItem> cued_;
  bool cueChanged_ = false;
  int64_t cueFrame_ = 0;
  bool previewWasMoving_ = true;
  uint64_t previewVersion_ = 0;
};

} // namespace landslide
