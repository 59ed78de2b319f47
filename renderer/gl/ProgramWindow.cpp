#include "ProgramWindow.h"

#include <GLFW/glfw3.h>

namespace landslide {

void ProgramWindow::present(GLuint programTexture, int width, int height) {
  glfwMakeContextCurrent(window_);
  if (!fbo_) {
    glfwSwapInterval(0); // the engine paces frames on the monotonic clock
    glGenFramebuffers(1, &fbo_);
  }
  int w = 0, h = 0;
  glfwGetFramebufferSize(window_, &w, &h);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo_);
  glFramebufferTexture2D(GL_READ_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, programTexture, 0);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
  glDisable(GL_SCISSOR_TEST);
  glClearColor(0, 0, 0, 0);
  glClear(GL_COLOR_BUFFER_BIT);
  // Keep the 16:9 picture's aspect: letterbox inside the window.
  int dw = w, dh = int(int64_t(w) * height / width);
  if (dh > h) {
    dh = h;
    dw = int(int64_t(h) * width / height);
  }
  int x = (w - dw) / 2, y = (h - dh) / 2;
  glBlitFramebuffer(0, 0, width, height, x, y, x + dw, y + dh, GL_COLOR_BUFFER_BIT, GL_LINEAR);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  glfwSwapBuffers(window_);
  presented_.fetch_add(1);
}

} // namespace landslide
