#include "PostPass.h"

namespace landslide {

namespace {
const char* kVertex = R"(#version 330 core
out vec2 uv;
void main() {
  // One triangle covering the viewport.
  vec2 p = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
  uv = p;
  gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
})";

const char* kFragment = R"(#version 330 core
in vec2 uv;
uniform sampler2D program;
uniform int mode;
out vec4 outColour;
void main() {
  vec4 c = texture(program, vec2(uv.x, 1.0 - uv.y)); // flip: output row 0 = picture top
  if (mode == 0) {
    outColour = c.a > 0.0 ? vec4(clamp(c.rgb / c.a, 0.0, 1.0), c.a) : vec4(0.0);
  } else if (mode == 1) {
    outColour = vec4(c.rgb, 1.0);
  } else if (mode == 3) {
    outColour = c;
  } else {
    outColour = vec4(c.aaa, 1.0);
  }
})";
} // namespace

PostPass::PostPass() : program_(kVertex, kFragment) {
  modeUniform_ = program_.uniform("mode");
  textureUniform_ = program_.uniform("program");
  glGenVertexArrays(1, &vao_);
}

PostPass::~PostPass() { glDeleteVertexArrays(1, &vao_); }

void PostPass::draw(GLuint programTexture, Mode mode, int x, int width, int height) {
  glViewport(x, 0, width, height);
  glUniform1i(modeUniform_, mode);
  glBindTexture(GL_TEXTURE_2D, programTexture);
  glDrawArrays(GL_TRIANGLES, 0, 3);
}

void PostPass::run(GLuint programTexture, int width, int height, PixelFormat format, const ColourTarget& target) {
  glBindFramebuffer(GL_FRAMEBUFFER, target.framebuffer());
  glDisable(GL_BLEND);
  glDisable(GL_SCISSOR_TEST);
  glUseProgram(program_.id());
  glUniform1i(textureUniform_, 0);
  glActiveTexture(GL_TEXTURE0);
  glBindVertexArray(vao_);
  switch (format) {
  case PixelFormat::Straight: draw(programTexture, kStraight, 0, width, height); break;
  case PixelFormat::OverBlack: draw(programTexture, kOverBlack, 0, width, height); break;
  case PixelFormat::KeyOnly: draw(programTexture, kKey, 0, width, height); break;
  case PixelFormat::Premultiplied: draw(programTexture, kPremultiplied, 0, width, height); break;
  case PixelFormat::FillAndKey:
    draw(programTexture, kOverBlack, 0, width, height);
    draw(programTexture, kKey, width, width, height);
    break;
  }
  glBindVertexArray(0);
}

} // namespace landslide
