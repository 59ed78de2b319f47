#pragma once
// Renders a Dear ImGui ImDrawList into the bound framebuffer with our own small GL 3.3
// pipeline. The program path never calls ImGui:: functions, so it does not touch Dear
// ImGui's global context (Debian's libimgui.a keeps it in a plain global).
#include "DamageTracker.h"
#include "Shader.h"

#include <imgui.h>

#include <cstddef>
#include <vector>

namespace landslide {

class DrawListRenderer {
public:
  DrawListRenderer();
  ~DrawListRenderer();
  DrawListRenderer(const DrawListRenderer&) = delete;
  DrawListRenderer& operator=(const DrawListRenderer&) = delete;
  // Blends straight-alpha vertex colours "over" the target: on a transparent clear the
  // target ends up holding premultiplied colour. `only`: draws inside those rectangles
  // alone (damage tracking), the rest of the target is kept.
  void render(const ImDrawList& list, int widthPx, int heightPx, const std::vector<PixelRect>* only = nullptr);

  // Solid geometry (every vertex at the atlas's white texel, which samples as exactly 1)
  // is drawn by a shader without the texture fetch: the same pixels, a cheaper draw on
  // software GL. Off: every triangle samples the atlas.
  void setSolidPath(bool on) { solidPath_ = on; }
  void setAtlas(GLuint texture, ImVec2 whiteUv) { atlas_ = texture, whiteUv_ = whiteUv; }

private:
  struct Run { // consecutive triangles of one command drawn with one shader
    int cmd;
    unsigned first, count;
    bool solid;
  };
  void splitRuns(const ImDrawList& list, int cmdIndex);
  ShaderProgram program_, solid_;
  GLint projection_ = -1, texture_ = -1, solidProjection_ = -1;
  bool solidPath_ = true;
  GLuint atlas_ = 0;
  ImVec2 whiteUv_{-1, -1};
  std::vector<Run> runs_;
  GLuint vao_ = 0, vbo_ = 0, ibo_ = 0;
  size_t vboBytes_ = 0, iboBytes_ = 0;
};

// Uploads an 8-bit coverage atlas (R8, swizzled to white with alpha) or RGBA pixels.
GLuint uploadAlphaTexture(const unsigned char* pixels, int width, int height);
GLuint uploadRgbaTexture(const unsigned char* pixels, int width, int height);

} // namespace landslide
