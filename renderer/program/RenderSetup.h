#pragma once
// What every rendering command sets up the same way: output size and rate, the theme,
// fonts baked for that size, a GL context and the program channel.
#include "gl/GlContext.h"
#include "program/ProgramChannel.h"

#include "FrameRate.h"
#include "Theme.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace landslide {

struct FrameSize {
  int width = 1920, height = 1080;
};

// "1920x1080" → size; a Problem for zero, odd, huge or malformed sizes.
Expected<FrameSize> parseFrameSize(std::string_view text);

struct RenderSetup {
  Theme theme;
  std::unique_ptr<FontBank> fonts;
  std::unique_ptr<GlContext> context;
  std::unique_ptr<ProgramChannel> channel;
};

struct RenderRequest {
  FrameSize size;
  FrameRate rate;
  std::string themeFile; // empty = bundled default
  HeadlessPlatform platform = HeadlessPlatform::Auto;
};

// Loads the theme, bakes fonts, opens a headless context and the channel; the first
// Problem met on failure; warnings (missing glyphs) go to stderr.
// `context` (current on this thread) replaces the headless one, e.g. the console's GLFW
// program context.
Expected<RenderSetup> setUpRendering(const RenderRequest& request, std::unique_ptr<GlContext> context = nullptr);

} // namespace landslide
