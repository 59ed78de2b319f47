#pragma once
// A program output window (--out window, window:fullscreen[:N], window:transparent). The
// render thread presents each frame by blitting the shared program texture, which holds
// premultiplied colour: an opaque window shows it over black, a transparent (ARGB)
// window hands it to the compositor premultiplied, as X compositors expect.
#include <glad/gl.h>

#include <atomic>
#include <cstdint>

struct GLFWwindow;

namespace landslide {

class ProgramWindow {
public:
  explicit ProgramWindow(GLFWwindow* window) : window_(window) {}
  // Render thread; leaves no context current (the caller restores its own).
  void present(GLuint programTexture, int width, int height);
  GLFWwindow* window() const { return window_; }
  uint64_t presented() const { return presented_.load(); }

private:
  GLFWwindow* window_;
  GLuint fbo_ = 0; // lives in the window's own context (FBOs are not shared)
  std::atomic<uint64_t> presented_{0};
};

} // namespace landslide
