#include "RenderSetup.h"

#include <charconv>
#include <cstdio>

namespace landslide {

std::optional<FrameSize> parseFrameSize(std::string_view text, std::string& error) {
  auto x = text.find('x');
  FrameSize size;
  auto number = [](std::string_view s, int& out) {
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
  };
  if (x == std::string_view::npos || !number(text.substr(0, x), size.width) ||
      !number(text.substr(x + 1), size.height)) {
    error = "--size '" + std::string(text) + "': expected WIDTHxHEIGHT, e.g. 1920x1080";
    return std::nullopt;
  }
  if (size.width < 64 || size.height < 64 || size.width > 8192 || size.height > 8192) {
    error = "--size '" + std::string(text) + "': each side must be from 64 to 8192 pixels";
    return std::nullopt;
  }
  if (size.width % 2 || size.height % 2) {
    error = "--size '" + std::string(text) + "': width and height must be even (video chroma subsampling)";
    return std::nullopt;
  }
  return size;
}

std::optional<RenderSetup> setUpRendering(const RenderRequest& request, std::string& error,
                                          std::unique_ptr<GlContext> context) {
  RenderSetup setup;
  std::string themeFile = request.themeFile.empty() ? defaultThemeFile() : request.themeFile;
  ThemeLoad load = loadTheme(themeFile);
  if (!load.theme) {
    error = load.errors.empty() ? "theme " + themeFile + ": invalid" : load.errors.front().toString();
    return std::nullopt;
  }
  setup.theme = std::move(*load.theme);

  FontBank::Result baked = FontBank::bake(setup.theme.fonts, float(request.size.width) / Canvas::kDesignWidth);
  if (!baked.bank) {
    error = themeFile + ": " + baked.error;
    return std::nullopt;
  }
  for (const std::string& w : baked.warnings) std::fprintf(stderr, "landslide: warning: %s\n", w.c_str());
  setup.fonts = std::move(baked.bank);

  if (context) {
    setup.context = std::move(context);
  } else {
    ContextResult headless = createHeadlessContext(request.platform);
    if (!headless.context) {
      error = headless.error;
      return std::nullopt;
    }
    setup.context = std::move(headless.context);
  }

  GLint maxTexture = 0;
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &maxTexture);
  if (request.size.width * 2 > maxTexture || request.size.height > maxTexture) {
    error = "--size " + std::to_string(request.size.width) + "x" + std::to_string(request.size.height) +
            " is larger than this GPU's textures (" + std::to_string(maxTexture) + ")";
    return std::nullopt;
  }
  ChannelConfig config{request.size.width, request.size.height, request.rate, std::nullopt};
  setup.channel = std::make_unique<ProgramChannel>(config, *setup.fonts);
  return setup;
}

} // namespace landslide
