#pragma once
// A linked GL program from vertex and fragment source; the GL objects are RAII-owned.
#include <glad/gl.h>

#include <string>

namespace landslide {

class ShaderProgram {
public:
  ShaderProgram() = default;
  ShaderProgram(const char* vertexSource, const char* fragmentSource); // aborts on a GL compile error: our own shaders
  ~ShaderProgram();
  ShaderProgram(ShaderProgram&& other) noexcept : id_(other.id_) { other.id_ = 0; }
  ShaderProgram& operator=(ShaderProgram&& other) noexcept;
  GLuint id() const { return id_; }
  GLint uniform(const char* name) const { return glGetUniformLocation(id_, name); }

private:
  GLuint id_ = 0;
};

} // namespace landslide
