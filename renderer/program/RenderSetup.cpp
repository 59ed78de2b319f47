#include "RenderSetup.h"

#include <charconv>
#include <cstdio>

namespace landslide {

namespace {

Problem sizeProblem(std::string_view text, const std::string& why) {
  return Problem::error("", "", "--size '" + std::string(text) + "': " + why, "bad-size");
}

} // namespace

Expected<FrameSize> parseFrameSize(std::string_view text) {
  auto x = text.find('x');
  FrameSize size;
  auto number = [](std::string_view s, int& out) {
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
  };
  if (x == std::string_view::npos || !number(text.substr(0, x), size.width) || !number(text.substr(x + 1), size.height))
    return sizeProblem(text, "expected WIDTHxHEIGHT, e.g. 1920x1080");
  if (size.width < 64 || size.height < 64 || size.width > 8192 || size.height > 8192)
    return sizeProblem(text, "each side must be from 64 to 8192 pixels");
  if (size.width % 2 || size.height % 2)
    return sizeProblem(text, "width and height must be even (video chroma subsampling)");
  if (!exactShape(size.width, size.height))
    return sizeProblem(text, "a channel is 16:9 (1920x1080), 9:16 (1080x1920) or 1:1 (1080x1080)");
  return size;
}

Expected<RenderSetup> setUpRendering(const RenderRequest& request, std::unique_ptr<GlContext> context) {
  RenderSetup setup;
  std::string themeFile = request.themeFile.empty() ? defaultThemeFile() : request.themeFile;
  ThemeLoad load = loadTheme(themeFile);
  if (!load.theme)
    return load.errors.empty() ? Problem::error(themeFile, "", "invalid theme", "theme") : load.errors.front();
  setup.theme = std::move(*load.theme);

  auto baked = FontBank::bake(setup.theme.fonts, Canvas::pixelScaleFor(request.size.width, request.size.height));
  if (!baked) return Problem::error(themeFile, "/fonts", baked.problem().reason, baked.problem().rule);
  for (const Problem& w : (*baked)->warnings()) std::fprintf(stderr, "landslide: warning: %s\n", w.reason.c_str());
  setup.fonts = std::move(*baked);

  if (context) {
    setup.context = std::move(context);
  } else {
    auto headless = createHeadlessContext(request.platform);
    if (!headless) return headless.problem();
    setup.context = std::move(*headless);
  }

  GLint maxTexture = 0;
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &maxTexture);
  if (request.size.width * 2 > maxTexture || request.size.height > maxTexture)
    return Problem::error("", "",
                          "--size " + std::to_string(request.size.width) + "x" + std::to_string(request.size.height) +
                              " is larger than this GPU's textures (" + std::to_string(maxTexture) + ")",
                          "bad-size");
  ChannelConfig config{request.size.width, request.size.height, request.rate, std::nullopt};
  setup.channel = std::make_unique<ProgramChannel>(config, *setup.fonts);
  return setup;
}

} // namespace landslide
