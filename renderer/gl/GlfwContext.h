#pragma once
// GLFW windows whose GL contexts share objects with one hidden "program" context, so
// the program texture drawn on the render thread shows in the console's monitors and in
// program windows. GLFW calls that create windows or poll events stay on the main thread.
#include "GlContext.h"

#include <memory>
#include <string>

struct GLFWwindow;
struct GLFWmonitor;

namespace landslide {

class GlfwSession {
public:
  // Initialises GLFW (needs a display) and creates the hidden program context.
  static Expected<std::unique_ptr<GlfwSession>> open();
  ~GlfwSession();

  // The hidden window's context, for the render thread (LiveEngine).
  std::unique_ptr<GlContext> programContext();
  // A visible window sharing objects with the program context. monitor < 0: windowed.
  Expected<GLFWwindow*> createWindow(const std::string& title, int width, int height, bool transparent, int monitor);
  GLFWwindow* hidden() const { return hidden_; }

private:
  GlfwSession() = default;
  GLFWwindow* hidden_ = nullptr;
};

} // namespace landslide
