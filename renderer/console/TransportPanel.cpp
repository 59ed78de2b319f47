// Transport: CUE/TAKE/NEXT/OUT/OUT ALL/CUT ALL, the on-air tally, and each on-air
// layer's auto/hold mode with its pending-revision badge.
#include "ConsoleUi.h"

#include <imgui.h>

namespace landslide {

namespace {
bool bigButton(const char* label, ImVec4 colour, float width) {
  ImGui::PushStyleColor(ImGuiCol_Button, colour);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(colour.x * 1.2f, colour.y * 1.2f, colour.z * 1.2f, 1));
  bool pressed = ImGui::Button(label, {width, 54});
  ImGui::PopStyleColor(2);
  return pressed;
}
} // namespace

void ConsoleUi::topBar(float w) {
  ImGui::SetNextWindowPos({0, 0});
  ImGui::SetNextWindowSize({w, 44});
  ImGui::Begin("##top", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
  ImGui::Text("LANDSLIDE");
  ImGui::SameLine(140);
  bool onAir = false;
  for (const LayerView& l : state_.layers) onAir = onAir || !l.goingOut;
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled({p.x - 6, p.y - 4}, {p.x + 150, p.y + 24},
                                            onAir ? IM_COL32(220, 20, 35, 255) : IM_COL32(60, 62, 70, 255), 4);
  ImGui::Text(onAir ? "  ON AIR" : "  CLEAR");
  ImGui::SameLine(320);
  SourceHealth health = ctx_.source ? ctx_.source->health() : SourceHealth{};
  ImVec4 feedColour = !ctx_.source       ? ImVec4(0.6f, 0.6f, 0.6f, 1)
                      : health.healthy() ? ImVec4(0.3f, 0.9f, 0.4f, 1)
                                         : ImVec4(1, 0.45f, 0.3f, 1);
  ImGui::TextColored(feedColour, "FEED %s", !ctx_.source ? "none" : health.healthy() ? "OK" : "ERROR");
  ImGui::SameLine(440);
  ImGui::TextDisabled("frame %lld · %s fps · %dx%d · dropped %llu", static_cast<long long>(state_.frame),
                      state_.rate.toString().c_str(), state_.width, state_.height,
                      static_cast<unsigned long long>(state_.framesDropped));
  ImGui::End();
}

void ConsoleUi::transportPanel(float x, float y, float w, float h) {
  ImGui::SetNextWindowPos({x, y});
  ImGui::SetNextWindowSize({w, h});
  ImGui::Begin("Transport", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse);
  float bw = (ImGui::GetContentRegionAvail().x - 2 * ImGui::GetStyle().ItemSpacing.x) / 3;
  if (bigButton("CUE\n(F1-F12)", {0.12f, 0.45f, 0.22f, 1}, bw)) cue(selected_ >= 0 ? selected_ : 0);
  ImGui::SameLine();
  if (bigButton("TAKE\n(Space)", {0.75f, 0.08f, 0.12f, 1}, bw)) take();
  ImGui::SameLine();
  if (bigButton("NEXT\n(N)", {0.2f, 0.3f, 0.55f, 1}, bw)) next();
  if (bigButton("OUT\n(Esc)", {0.35f, 0.35f, 0.4f, 1}, bw)) out();
  ImGui::SameLine();
  if (bigButton("OUT ALL\n(Shift+Esc)", {0.35f, 0.35f, 0.4f, 1}, bw)) submit(CommandKind::OutAll, 0);
  ImGui::SameLine();
  if (bigButton("CUT ALL", {0.5f, 0.2f, 0.1f, 1}, bw)) submit(CommandKind::ClearAll, 0);
  if (!message_.empty()) ImGui::TextColored({1, 0.8f, 0.3f, 1}, "%s", message_.c_str());

  ImGui::Separator();
  ImGui::TextDisabled("ON AIR LAYERS");
  if (state_.layers.empty()) ImGui::TextDisabled("nothing on air");
  for (const LayerView& l : state_.layers) {
    ImGui::PushID(l.layer);
    ImGui::TextColored(l.goingOut ? ImVec4(0.7f, 0.7f, 0.7f, 1) : ImVec4(1, 0.35f, 0.35f, 1), "L%d", l.layer);
    ImGui::SameLine();
    bool autoMode = l.autoUpdate;
    if (ImGui::Checkbox("auto", &autoMode)) {
      Command c;
      c.kind = CommandKind::SetAuto;
      c.layer = l.layer;
      c.flag = autoMode;
      ctx_.engine.submit(c);
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("auto: new revisions update on air; hold: they wait for RE-TAKE");
    ImGui::SameLine();
    // A "latest" layer names the seat it shows (on hold that may trail the newest).
    const std::string seat = layerSeat(l);
    ImGui::Text("%s · %s · page %d/%d · rev %lld", l.scene.c_str(), seat.c_str(), l.page + 1, l.pageCount,
                static_cast<long long>(l.revision));
    if (!l.error.empty()) { // the scene throws: the layer is left out of the program
      ImGui::Indent();
      ImGui::TextColored({1, 0.3f, 0.3f, 1}, "NOT DRAWN: %s", l.error.c_str());
      ImGui::Unindent();
    }
    if (l.pending) { // on its own line: a long seat name must not push it out of sight
      ImGui::Indent();
      if (bindsLatest(l.contest) && l.pendingContest != l.resolved)
        ImGui::TextColored({1, 0.75f, 0.1f, 1}, "NEW DECLARATION PENDING: %s", contestName(l.pendingContest).c_str());
      else
        ImGui::TextColored({1, 0.75f, 0.1f, 1}, "NEW REVISION PENDING");
      ImGui::SameLine();
      if (ImGui::SmallButton("RE-TAKE")) submit(CommandKind::Retake, l.layer);
      ImGui::Unindent();
    }
    ImGui::PopID();
  }
  ImGui::End();
}

} // namespace landslide
