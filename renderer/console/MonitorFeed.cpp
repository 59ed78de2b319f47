#include "MonitorFeed.h"

namespace landslide {

namespace {
constexpr int kPreviewEvery = 2;          // preview at half the channel rate
constexpr double kPreviewLoopSeconds = 6; // the cued item's entrance replays this often
} // namespace

Expected<std::unique_ptr<MonitorFeed>> MonitorFeed::create(const SceneRegistry& scenes, const Theme& theme,
                                                           FrameRate rate) {
  auto baked = FontBank::bake(theme.fonts, float(kWidth) / Canvas::kDesignWidth);
  if (!baked) return baked.problem();
  return std::unique_ptr<MonitorFeed>(new MonitorFeed(scenes, theme, rate, std::move(*baked)));
}

MonitorFeed::MonitorFeed(const SceneRegistry& scenes, const Theme& theme, FrameRate rate,
                         std::unique_ptr<FontBank> fonts)
    : fonts_(std::move(fonts)), previewPlayout_(scenes, theme, rate) {
  for (auto& t : program_) t = std::make_unique<ColourTarget>(kWidth, kHeight, GL_LINEAR);
  preview_ = std::make_unique<ProgramChannel>(ChannelConfig{kWidth, kHeight, rate, std::nullopt}, *fonts_);
}

MonitorFeed::~MonitorFeed() = default;

void MonitorFeed::cue(std::optional<LayerItem> item) {
  std::lock_guard lock(cueMutex_);
  cued_ = std::move(item);
  cueChanged_ = true;
}

void MonitorFeed::update(int64_t frame, ProgramChannel& program, const SnapshotPtr& data) {
  const auto& config = program.config();
  if (program.framesDrawn() != lastDrawn_) { // the program changed: copy it down
    lastDrawn_ = program.framesDrawn();
    int next = (published_.load() + 1) % 3;
    glBindFramebuffer(GL_READ_FRAMEBUFFER, program.programFramebuffer());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, program_[next]->framebuffer());
    glBlitFramebuffer(0, 0, config.width, config.height, 0, 0, kWidth, kHeight, GL_COLOR_BUFFER_BIT, GL_LINEAR);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glFlush();
    published_.store(next);
  }
  if (!preview_ || frame % kPreviewEvery != 0) return;
  std::optional<LayerItem> cued;
  bool changed = false;
  {
    std::lock_guard lock(cueMutex_);
    cued = cued_;
    std::swap(changed, cueChanged_);
  }
  if (changed || (cued && frame - cueFrame_ >= config.rate.frameAt(kPreviewLoopSeconds))) {
    previewPlayout_.clearAll(); // a new cue, or the loop comes round: replay the entrance
    previewPlayout_.setData(data);
    if (cued) previewPlayout_.take(10, *cued, frame);
    cueFrame_ = frame;
  } else if (data && data != previewPlayout_.data()) {
    previewPlayout_.update(data, frame);
  }
  // Like the program: redraw only while the preview moves (or just changed).
  bool moving = previewPlayout_.animating(frame);
  bool redraw = moving || previewWasMoving_ || previewPlayout_.version() != previewVersion_;
  previewWasMoving_ = moving;
  previewVersion_ = previewPlayout_.version();
  if (!redraw) return;
  preview_->renderFrame(
      frame, [&](Canvas& canvas) { previewPlayout_.draw(frame, canvas); }, true);
  glFlush();
}

} // namespace landslide
