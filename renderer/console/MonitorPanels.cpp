// Preview and Program monitors: downscaled textures from the render thread, drawn
// premultiplied over a checkerboard, with title-safe and action-safe guides that never
// reach the air.
#include "ConsoleUi.h"

#include <glad/gl.h>

#include <imgui.h>

namespace landslide {

namespace {

// The monitor textures hold premultiplied colour: blend them as such, then restore.
void premultipliedBlend(const ImDrawList*, const ImDrawCmd*) {
  glBlendFuncSeparate(GL_ONE, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
}

void monitor(const char* title, GLuint texture, ImU32 border, const std::string& caption) {
  ImVec2 avail = ImGui::GetContentRegionAvail();
  float w = avail.x, h = w * 9 / 16;
  if (h > avail.y - 24) {
    h = avail.y - 24;
    w = h * 16 / 9;
  }
  ImGui::TextColored(ImColor(border).Value, "%s", title);
  ImGui::SameLine();
  ImGui::TextDisabled("%s", caption.c_str());
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float cell = 12;
  for (float cy = 0; cy < h; cy += cell) // checkerboard shows what is transparent
    for (float cx = 0; cx < w; cx += cell) {
      bool dark = (int(cx / cell) + int(cy / cell)) % 2;
      dl->AddRectFilled({p.x + cx, p.y + cy}, {p.x + std::min(w, cx + cell), p.y + std::min(h, cy + cell)},
                        dark ? IM_COL32(38, 40, 46, 255) : IM_COL32(52, 55, 62, 255));
    }
  if (texture) {
    dl->AddCallback(premultipliedBlend, nullptr);
    dl->AddImage(reinterpret_cast<ImTextureID>(intptr_t(texture)), p, {p.x + w, p.y + h}, {0, 1}, {1, 0});
    dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
  }
  for (float safe : {0.93f, 0.90f}) { // action-safe, title-safe
    float mx = w * (1 - safe) / 2, my = h * (1 - safe) / 2;
    dl->AddRect({p.x + mx, p.y + my}, {p.x + w - mx, p.y + h - my},
                safe < 0.92f ? IM_COL32(255, 210, 0, 110) : IM_COL32(0, 200, 255, 90));
  }
  dl->AddRect({p.x - 2, p.y - 2}, {p.x + w + 2, p.y + h + 2}, border, 0, 0, 3);
  ImGui::Dummy({w, h});
}

} // namespace

void ConsoleUi::monitorPanels(float x, float y, float w, float h) {
  constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                     ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar;
  ImGui::SetNextWindowPos({x, y});
  ImGui::SetNextWindowSize({w / 2, h});
  ImGui::Begin("Preview", nullptr, flags);
  std::string cued = cue_ >= 0 && cue_ < int(show_.items.size())
                         ? "F" + std::to_string(cue_ + 1) + " " + show_.items[size_t(cue_)].scene + " · " +
                               contestName(show_.items[size_t(cue_)].contest)
                         : "nothing cued";
  monitor("PREVIEW", ctx_.monitors.previewTexture(), IM_COL32(40, 200, 90, 255), cued);
  ImGui::End();

  ImGui::SetNextWindowPos({x + w / 2, y});
  ImGui::SetNextWindowSize({w / 2, h});
  ImGui::Begin("Program", nullptr, flags);
  bool onAir = false;
  std::string what;
  for (const LayerView& l : state_.layers) {
    onAir = true;
    what += (what.empty() ? "" : ", ") + l.scene + " · " + layerSeat(l) + (l.goingOut ? " (out)" : "");
  }
  monitor("PROGRAM", ctx_.monitors.programTexture(), onAir ? IM_COL32(230, 30, 40, 255) : IM_COL32(110, 110, 120, 255),
          onAir ? what : "clear");
  ImGui::End();
}

} // namespace landslide
