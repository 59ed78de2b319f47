#pragma once
// GL context providers behind one interface: headless EGL (no X server: Mesa's
// surfaceless platform on llvmpipe, the EGL device platform on an NVIDIA GPU) and GLFW
// windows (operator console and program window, contexts shared).
#include "feeds/base/Expected.h"

#include <memory>
#include <string>

namespace landslide {

class GlContext {
public:
  virtual ~GlContext() = default;
  virtual void makeCurrent() = 0;
  virtual void releaseCurrent() = 0;
  // "EGL device (NVIDIA H100 …)", "EGL surfaceless (llvmpipe …)", "GLFW".
  virtual std::string describe() const = 0;
};

enum class HeadlessPlatform { Auto, Surfaceless, Device };

// Auto picks a hardware EGL device when there is one, else Mesa's surfaceless platform,
// else Mesa's software EGL device. $LANDSLIDE_EGL_PLATFORM (surfaceless|device) overrides.
Expected<std::unique_ptr<GlContext>> createHeadlessContext(HeadlessPlatform platform = HeadlessPlatform::Auto);
HeadlessPlatform headlessPlatformFromEnvironment();

// Loads GL entry points for the current context through glad; a Problem if GL < 3.3.
Expected<void> loadGl(void* (*getProc)(const char*));
std::string glDescription(); // renderer and version strings of the current context

} // namespace landslide
