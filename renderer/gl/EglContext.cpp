#include "GlContext.h"

#include <glad/gl.h>

#include <EGL/egl.h>
#include <EGL/eglext.h>

#include <cstdlib>
#include <cstring>
#include <vector>

namespace landslide {

namespace {

class EglContext final : public GlContext {
public:
  EglContext(EGLDisplay display, EGLContext context, std::string kind)
      : display_(display), context_(context), kind_(std::move(kind)) {}
  ~EglContext() override {
    eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    eglDestroyContext(display_, context_);
    eglTerminate(display_);
  }
  void makeCurrent() override { eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, context_); }
  void releaseCurrent() override { eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT); }
  std::string describe() const override { return kind_ + " (" + glDescription() + ")"; }

private:
  EGLDisplay display_;
  EGLContext context_;
  std::string kind_;
};

bool hasExtension(const char* list, const char* name) {
  if (!list) return false;
  size_t n = std::strlen(name);
  for (const char* p = list; (p = std::strstr(p, name)); p += n)
    if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0')) return true;
  return false;
}

// A display on the first hardware EGL device, or on a software one if allowed.
EGLDisplay deviceDisplay(bool allowSoftware, std::string& name) {
  auto queryDevices = reinterpret_cast<PFNEGLQUERYDEVICESEXTPROC>(eglGetProcAddress("eglQueryDevicesEXT"));
  auto queryString = reinterpret_cast<PFNEGLQUERYDEVICESTRINGEXTPROC>(eglGetProcAddress("eglQueryDeviceStringEXT"));
  auto platformDisplay =
      reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(eglGetProcAddress("eglGetPlatformDisplayEXT"));
  if (!queryDevices || !queryString || !platformDisplay) return EGL_NO_DISPLAY;
  EGLint count = 0;
  if (!queryDevices(0, nullptr, &count) || count <= 0) return EGL_NO_DISPLAY;
  std::vector<EGLDeviceEXT> devices(static_cast<size_t>(count));
  queryDevices(count, devices.data(), &count);
  for (int pass = 0; pass < (allowSoftware ? 2 : 1); ++pass)
    for (EGLDeviceEXT device : devices) {
      const char* ext = queryString(device, EGL_EXTENSIONS);
      bool software = hasExtension(ext, "EGL_MESA_device_software");
      if (software != (pass == 1)) continue;
      EGLDisplay display = platformDisplay(EGL_PLATFORM_DEVICE_EXT, device, nullptr);
      if (display == EGL_NO_DISPLAY) continue;
      name = software ? "EGL device (software)" : "EGL device";
      return display;
    }
  return EGL_NO_DISPLAY;
}

EGLDisplay surfacelessDisplay() {
  auto platformDisplay =
      reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(eglGetProcAddress("eglGetPlatformDisplayEXT"));
  if (!platformDisplay ||
      !hasExtension(eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS), "EGL_MESA_platform_surfaceless"))
    return EGL_NO_DISPLAY;
  return platformDisplay(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
}

Problem contextProblem(std::string reason) { return Problem::error("", "", std::move(reason), "no-gl"); }

Expected<std::unique_ptr<GlContext>> makeContext(EGLDisplay display, const std::string& kind) {
  EGLint major = 0, minor = 0;
  if (!eglInitialize(display, &major, &minor)) return contextProblem(kind + ": eglInitialize failed");
  if (!eglBindAPI(EGL_OPENGL_API)) {
    eglTerminate(display);
    return contextProblem(kind + ": desktop OpenGL is not available");
  }
  const EGLint configAttribs[] = {EGL_RENDERABLE_TYPE,
                                  EGL_OPENGL_BIT,
                                  EGL_RED_SIZE,
                                  8,
                                  EGL_GREEN_SIZE,
                                  8,
                                  EGL_BLUE_SIZE,
                                  8,
                                  EGL_ALPHA_SIZE,
                                  8,
                                  EGL_NONE};
  EGLConfig config = nullptr;
  EGLint configs = 0;
  eglChooseConfig(display, configAttribs, &config, 1, &configs);
  const EGLint contextAttribs[] = {
      EGL_CONTEXT_MAJOR_VERSION,           3,       EGL_CONTEXT_MINOR_VERSION, 3, EGL_CONTEXT_OPENGL_PROFILE_MASK,
      EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
  EGLContext context =
      eglCreateContext(display, configs > 0 ? config : EGL_NO_CONFIG_KHR, EGL_NO_CONTEXT, contextAttribs);
  if (context == EGL_NO_CONTEXT) {
    eglTerminate(display);
    return contextProblem(kind + ": no OpenGL 3.3 core context");
  }
  if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) {
    eglDestroyContext(display, context);
    eglTerminate(display);
    return contextProblem(kind + ": cannot make a surfaceless context current");
  }
  auto result = std::make_unique<EglContext>(display, context, kind);
  if (auto loaded = loadGl(reinterpret_cast<void* (*)(const char*)>(eglGetProcAddress)); !loaded)
    return contextProblem(kind + ": " + loaded.problem().reason);
  return std::unique_ptr<GlContext>(std::move(result));
}

} // namespace

HeadlessPlatform headlessPlatformFromEnvironment() {
  const char* env = std::getenv("LANDSLIDE_EGL_PLATFORM");
  if (env && std::strcmp(env, "surfaceless") == 0) return HeadlessPlatform::Surfaceless;
  if (env && std::strcmp(env, "device") == 0) return HeadlessPlatform::Device;
  return HeadlessPlatform::Auto;
}

Expected<std::unique_ptr<GlContext>> createHeadlessContext(HeadlessPlatform platform) {
  std::string name;
  if (platform == HeadlessPlatform::Auto || platform == HeadlessPlatform::Device) {
    EGLDisplay display = deviceDisplay(platform == HeadlessPlatform::Device, name);
    if (display != EGL_NO_DISPLAY) {
      auto r = makeContext(display, name);
      if (r || platform == HeadlessPlatform::Device) return r;
    } else if (platform == HeadlessPlatform::Device) {
      return contextProblem("no EGL device found (EGL_EXT_platform_device)");
    }
  }
  EGLDisplay display = surfacelessDisplay();
  if (display != EGL_NO_DISPLAY) {
    auto r = makeContext(display, "EGL surfaceless");
    if (r || platform == HeadlessPlatform::Surfaceless) return r;
  } else if (platform == HeadlessPlatform::Surfaceless) {
    return contextProblem("EGL_MESA_platform_surfaceless is not available");
  }
  display = deviceDisplay(true, name);
  if (display != EGL_NO_DISPLAY) return makeContext(display, name);
  return contextProblem("no headless OpenGL: neither an EGL device nor Mesa's surfaceless platform "
                        "(install libegl-mesa0 and libgl1-mesa-dri)");
}

Expected<void> loadGl(void* (*getProc)(const char*)) {
  int version = gladLoadGL(reinterpret_cast<GLADloadfunc>(getProc));
  if (version == 0) return contextProblem("could not load OpenGL entry points");
  if (GLAD_VERSION_MAJOR(version) * 10 + GLAD_VERSION_MINOR(version) < 33)
    return contextProblem("OpenGL 3.3 or later is required");
  return {};
}

std::string glDescription() {
  auto str = [](GLenum e) {
    const GLubyte* s = glGetString(e);
    return s ? std::string(reinterpret_cast<const char*>(s)) : std::string("?");
  };
  return str(GL_RENDERER) + ", OpenGL " + str(GL_VERSION);
}

} // namespace landslide
