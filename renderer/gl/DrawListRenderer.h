#pragma once
// Renders a Dear ImGui ImDrawList into the bound framebuffer with our own small GL 3.3
// pipeline. The program path never calls ImGui:: functions, so it does not touch Dear
// ImGui's global context (Debian's libimgui.a keeps it in a plain global).
#include "Shader.h"

#include <cstddef>

struct ImDrawList;

namespace landslide {

class DrawListRenderer {
public:
  DrawListRenderer();
  ~DrawListRenderer();
  DrawListRenderer(const DrawListRenderer&) = delete;
  DrawListRenderer& operator=(const DrawListRenderer&) = delete;
  // Blends straight-alpha vertex colours "over" the target: on a transparent clear the
  // target ends up holding premultiplied colour.
  void render(const ImDrawList& list, int widthPx, int heightPx);

private:
  ShaderProgram program_;
  GLint projection_ = -1, texture_ = -1;
  GLuint vao_ = 0, vbo_ = 0, ibo_ = 0;
  size_t vboBytes_ = 0, iboBytes_ = 0;
};

// Uploads an 8-bit coverage atlas (R8, swizzled to white with alpha) or RGBA pixels.
GLuint uploadAlphaTexture(const unsigned char* pixels, int width, int height);
GLuint uploadRgbaTexture(const unsigned char* pixels, int width, int height);

} // namespace landslide
