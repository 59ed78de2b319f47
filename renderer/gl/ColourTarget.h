#pragma once
// An RGBA8 texture with its framebuffer: what the program, the post pass and the console
// monitors draw into. Created and destroyed with a GL context current.
#include <glad/gl.h>

namespace landslide {

class ColourTarget {
public:
  // filter: GL_NEAREST where texels are sampled 1:1 (exact un-premultiplying), GL_LINEAR
  // where the texture is scaled. Starts cleared to transparent black.
  ColourTarget(int width, int height, GLenum filter);
  ~ColourTarget();
  ColourTarget(const ColourTarget&) = delete;
  ColourTarget& operator=(const ColourTarget&) = delete;
  GLuint framebuffer() const { return fbo_; }
  GLuint texture() const { return texture_; }
  int width() const { return width_; }
  int height() const { return height_; }

private:
  GLuint fbo_ = 0, texture_ = 0;
  int width_, height_;
};

} // namespace landslide
