#include "DrawListRenderer.h"

#include <imgui.h>

#include <algorithm>
#include <cstdint>

namespace landslide {

namespace {
const char* kVertex = R"(#version 330 core
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 uv;
layout(location = 2) in vec4 colour;
uniform mat4 projection;
out vec2 fragUv;
out vec4 fragColour;
void main() {
  fragUv = uv;
  fragColour = colour;
  gl_Position = projection * vec4(position, 0.0, 1.0);
})";

const char* kFragment = R"(#version 330 core
in vec2 fragUv;
in vec4 fragColour;
uniform sampler2D atlas;
out vec4 outColour;
void main() { outColour = fragColour * texture(atlas, fragUv); })";

const char* kSolidFragment = R"(#version 330 core
in vec2 fragUv;
in vec4 fragColour;
out vec4 outColour;
void main() { outColour = fragColour; })";
} // namespace

DrawListRenderer::DrawListRenderer() : program_(kVertex, kFragment), solid_(kVertex, kSolidFragment) {
  projection_ = program_.uniform("projection");
  texture_ = program_.uniform("atlas");
  solidProjection_ = solid_.uniform("projection");
  glGenVertexArrays(1, &vao_);
  glGenBuffers(1, &vbo_);
  glGenBuffers(1, &ibo_);
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert),
                        reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert),
                        reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert),
                        reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
  glBindVertexArray(0);
}

DrawListRenderer::~DrawListRenderer() {
  glDeleteBuffers(1, &vbo_);
  glDeleteBuffers(1, &ibo_);
  glDeleteVertexArrays(1, &vao_);
}

void DrawListRenderer::render(const ImDrawList& list, int width, int height, const std::vector<PixelRect>* only) {
  if (list.CmdBuffer.Size == 0 || list.IdxBuffer.Size == 0) return;
  glViewport(0, 0, width, height);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glEnable(GL_SCISSOR_TEST);

  // Top-left origin, y down, in pixels: the top of the picture is the framebuffer's last
  // row (GL counts rows from the bottom); read-back flips the rows.
  const float l = 0, r = float(width), t = 0, b = float(height);
  const float ortho[16] = {2 / (r - l),       0, 0, 0, 0, 2 / (t - b), 0, 0, 0, 0, -1, 0, (r + l) / (l - r),
                           (t + b) / (b - t), 0, 1};
  glUseProgram(solid_.id());
  glUniformMatrix4fv(solidProjection_, 1, GL_FALSE, ortho);
  glUseProgram(program_.id());
  glUniformMatrix4fv(projection_, 1, GL_FALSE, ortho);
  glUniform1i(texture_, 0);
  bool solidBound = false;
  glActiveTexture(GL_TEXTURE0);
  glBindVertexArray(vao_);

  size_t vtxBytes = size_t(list.VtxBuffer.Size) * sizeof(ImDrawVert);
  size_t idxBytes = size_t(list.IdxBuffer.Size) * sizeof(ImDrawIdx);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  if (vtxBytes > vboBytes_) {
    vboBytes_ = vtxBytes * 2;
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(vboBytes_), nullptr, GL_STREAM_DRAW);
  }
  glBufferSubData(GL_ARRAY_BUFFER, 0, GLsizeiptr(vtxBytes), list.VtxBuffer.Data);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo_);
  if (idxBytes > iboBytes_) {
    iboBytes_ = idxBytes * 2;
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(iboBytes_), nullptr, GL_STREAM_DRAW);
  }
  glBufferSubData(GL_ELEMENT_ARRAY_BUFFER, 0, GLsizeiptr(idxBytes), list.IdxBuffer.Data);

  const GLenum indexType = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
  runs_.clear();
  for (int i = 0; i < list.CmdBuffer.Size; ++i) {
    const ImDrawCmd& cmd = list.CmdBuffer[i];
    if (cmd.UserCallback || cmd.ElemCount == 0) continue;
    const ImVec4& clip = cmd.ClipRect;
    if (clip.z <= clip.x || clip.w <= clip.y) continue;
    if (solidPath_ && GLuint(reinterpret_cast<intptr_t>(cmd.GetTexID())) == atlas_)
      splitRuns(list, i);
    else
      runs_.push_back({i, 0, cmd.ElemCount, false});
  }
  const PixelRect whole{0, 0, width, height};
  const size_t passes = only ? only->size() : 1;
  for (size_t p = 0; p < passes; ++p) {
    const PixelRect& limit = only ? (*only)[p] : whole;
    int lastCmd = -1;
    bool skip = false;
    for (const Run& run : runs_) {
      const ImDrawCmd& cmd = list.CmdBuffer[run.cmd];
      if (run.cmd != lastCmd) {
        lastCmd = run.cmd;
        PixelRect s = scissorOf(cmd.ClipRect, height);
        if (only) {
          s.x0 = std::max(s.x0, limit.x0), s.y0 = std::max(s.y0, limit.y0);
          s.x1 = std::min(s.x1, limit.x1), s.y1 = std::min(s.y1, limit.y1);
        }
        skip = s.empty() && only;
        if (skip) continue;
        // GL scissor counts from the bottom row.
        glScissor(s.x0, height - s.y1, s.x1 - s.x0, s.y1 - s.y0);
        glBindTexture(GL_TEXTURE_2D, GLuint(reinterpret_cast<intptr_t>(cmd.GetTexID())));
      }
      if (skip) continue;
      if (run.solid != solidBound) {
        glUseProgram(run.solid ? solid_.id() : program_.id());
        solidBound = run.solid;
      }
      glDrawElementsBaseVertex(GL_TRIANGLES, GLsizei(run.count), indexType,
                               reinterpret_cast<void*>((cmd.IdxOffset + run.first) * sizeof(ImDrawIdx)),
                               GLint(cmd.VtxOffset));
    }
  }
  glDisable(GL_SCISSOR_TEST);
  glBindVertexArray(0);
}

// Triangles whose three vertices sit on the white texel are solid; runs keep draw order.
void DrawListRenderer::splitRuns(const ImDrawList& list, int cmdIndex) {
  const ImDrawCmd& cmd = list.CmdBuffer[cmdIndex];
  const ImDrawIdx* idx = list.IdxBuffer.Data + cmd.IdxOffset;
  const ImDrawVert* vtx = list.VtxBuffer.Data + cmd.VtxOffset;
  auto white = [&](ImDrawIdx i) { return vtx[i].uv.x == whiteUv_.x && vtx[i].uv.y == whiteUv_.y; };
  for (unsigned t = 0; t + 3 <= cmd.ElemCount; t += 3) {
    const bool solid = white(idx[t]) && white(idx[t + 1]) && white(idx[t + 2]);
    if (!runs_.empty() && runs_.back().cmd == cmdIndex && runs_.back().solid == solid)
      runs_.back().count += 3;
    else
      runs_.push_back({cmdIndex, t, 3, solid});
  }
}

namespace {
GLuint makeTexture() {
  GLuint tex = 0;
  glGenTextures(1, &tex);
  glBindTexture(GL_TEXTURE_2D, tex);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
  return tex;
}
} // namespace

GLuint uploadAlphaTexture(const unsigned char* pixels, int width, int height) {
  GLuint tex = makeTexture();
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  const GLint swizzle[] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
  glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
  return tex;
}

GLuint uploadRgbaTexture(const unsigned char* pixels, int width, int height) {
  GLuint tex = makeTexture();
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
  return tex;
}

} // namespace landslide
