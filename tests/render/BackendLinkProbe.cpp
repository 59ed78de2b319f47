// Links the OpenGL3 and GLFW backends exactly as the console does; the test inspects the
// binary, it is never run.
#include <glad/gl.h>

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

int main(int argc, char**) {
  if (argc > 99) { // never true: keeps the calls without running them
    ImGui_ImplOpenGL3_Init("#version 330");
    ImGui_ImplGlfw_InitForOpenGL(nullptr, false);
  }
  return 0;
}
