#include "DrawListSetup.h"

namespace landslide {

void configureDrawListData(ImDrawListSharedData& shared, const FontBank& fonts, int width, int height) {
  shared.TexUvWhitePixel = fonts.atlas().TexUvWhitePixel;
  shared.TexUvLines = fonts.atlas().TexUvLines;
  shared.Font = const_cast<ImFont*>(fonts.font({}, 0)); // ImGui's field is not const; never written through
  shared.FontSize = shared.Font->FontSize;
  shared.CurveTessellationTol = 1.25f;
  shared.SetCircleTessellationMaxError(0.25f); // round corners stay round at 2160p
  shared.ClipRectFullscreen = ImVec4(0, 0, float(width), float(height));
  shared.InitialFlags =
      ImDrawListFlags_AntiAliasedLines | ImDrawListFlags_AntiAliasedFill | ImDrawListFlags_AllowVtxOffset;
}

void beginProgramDrawList(ImDrawList& list, const FontBank& fonts, int width, int height) {
  list._ResetForNewFrame();
  list.PushClipRect({0, 0}, {float(width), float(height)});
  list.PushTextureID(fonts.atlas().TexID);
}

} // namespace landslide
