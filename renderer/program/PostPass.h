#pragma once
// The GPU post pass: flips the program picture to top-first rows and converts it to what a
// sink wants — straight alpha, premultiplied over black, key as grey, or fill and key side
// by side. Only for PipelineOptions::gpuPost (benchmarks, the exactness tests): the
// default pipeline converts on the sink threads (output/PixelConvert.h).
#include "gl/ColourTarget.h"
#include "gl/Shader.h"
#include "output/Sink.h"

namespace landslide {

class PostPass {
public:
  PostPass();
  ~PostPass();
  // programTexture holds premultiplied colour with row 0 at the bottom (GL's convention).
  void run(GLuint programTexture, int width, int height, PixelFormat format, const ColourTarget& target);

private:
  enum Mode { kStraight = 0, kOverBlack = 1, kKey = 2, kPremultiplied = 3 };
  void draw(GLuint programTexture, Mode mode, int x, int width, int height);
  ShaderProgram program_;
  GLint modeUniform_ = -1, textureUniform_ = -1;
  GLuint vao_ = 0;
};

} // namespace landslide
