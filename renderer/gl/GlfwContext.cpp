#include "GlfwContext.h"

#include <glad/gl.h>

#include <GLFW/glfw3.h>

namespace landslide {

namespace {

class GlfwGlContext final : public GlContext {
public:
  explicit GlfwGlContext(GLFWwindow* window) : window_(window) {}
  void makeCurrent() override { glfwMakeContextCurrent(window_); }
  void releaseCurrent() override { glfwMakeContextCurrent(nullptr); }
  std::string describe() const override { return "GLFW (" + glDescription() + ")"; }

private:
  GLFWwindow* window_;
};

void hints(bool visible, bool transparent) {
  glfwDefaultWindowHints();
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_VISIBLE, visible ? GLFW_TRUE : GLFW_FALSE);
  glfwWindowHint(GLFW_TRANSPARENT_FRAMEBUFFER, transparent ? GLFW_TRUE : GLFW_FALSE);
  glfwWindowHint(GLFW_ALPHA_BITS, 8);
}

Problem windowProblem(std::string reason) { return Problem::error("", "", std::move(reason), "no-window"); }

} // namespace

Expected<std::unique_ptr<GlfwSession>> GlfwSession::open() {
  if (!glfwInit()) {
    const char* description = nullptr;
    glfwGetError(&description);
    return windowProblem(std::string("cannot open a display for windows: ") +
                         (description ? description : "glfwInit failed") +
                         " (use landslide serve or render for headless output)");
  }
  std::unique_ptr<GlfwSession> session(new GlfwSession());
  hints(false, false);
  session->hidden_ = glfwCreateWindow(16, 16, "landslide hidden GL context", nullptr, nullptr);
  if (!session->hidden_) return windowProblem("cannot create an OpenGL 3.3 core context with GLFW");
  glfwMakeContextCurrent(session->hidden_);
  if (auto loaded = loadGl(reinterpret_cast<void* (*)(const char*)>(glfwGetProcAddress)); !loaded)
    return loaded.problem();
  return session;
}

GlfwSession::~GlfwSession() {
  if (hidden_) glfwDestroyWindow(hidden_);
  glfwTerminate();
}

std::unique_ptr<GlContext> GlfwSession::programContext() { return std::make_unique<GlfwGlContext>(hidden_); }

Expected<GLFWwindow*> GlfwSession::createWindow(const std::string& title, int width, int height, bool transparent,
                                                int monitor) {
  GLFWmonitor* target = nullptr;
  if (monitor >= 0) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    if (monitor >= count)
      return windowProblem("monitor " + std::to_string(monitor) + " does not exist (" + std::to_string(count) +
                           " connected)");
    target = monitors[monitor];
    const GLFWvidmode* mode = glfwGetVideoMode(target);
    width = mode->width;
    height = mode->height;
  }
  hints(true, transparent);
  GLFWwindow* window = glfwCreateWindow(width, height, title.c_str(), target, hidden_);
  if (!window) return windowProblem("cannot create window '" + title + "'");
  return window;
}

} // namespace landslide
