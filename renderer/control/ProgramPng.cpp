#include "ProgramPng.h"

#include <stb_image_write.h>

namespace landslide {

std::shared_ptr<const std::string> ProgramPng::encode(const std::shared_ptr<const VideoFrame>& frame) {
  if (!frame || !frame->pixels) return nullptr;
  std::lock_guard lock(mutex_);
  if (frame_ == frame || (frame_ && frame_->pixels == frame->pixels)) return png_;
  auto png = std::make_shared<std::string>();
  auto append = [](void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
  };
  if (!stbi_write_png_to_func(append, png.get(), frame->width, frame->height, 4, frame->pixels->data(),
                              frame->width * 4))
    return nullptr;
  frame_ = frame;
  png_ = std::move(png);
  return png_;
}

} // namespace landslide
