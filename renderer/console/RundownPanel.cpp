// Rundown and Contests panels: the show's items (add, remove, reorder, rename, edit
// bindings and overrides, save) and the feed's contests (search, add to the rundown).
#include "ConsoleUi.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>

namespace landslide {

namespace {
constexpr ImGuiWindowFlags kPanel = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse;

bool containsNoCase(const std::string& text, const char* needle) {
  std::string a = text, b = needle;
  auto lower = [](std::string& s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  };
  lower(a);
  lower(b);
  return a.find(b) != std::string::npos;
}
} // namespace

void ConsoleUi::rundownPanel(float x, float y, float w, float h) {
  ImGui::SetNextWindowPos({x, y});
  ImGui::SetNextWindowSize({w, h});
  ImGui::Begin("Rundown", nullptr, kPanel);
  if (ImGui::Button("Save")) {
    std::string error;
    if (ctx_.showFile.empty())
      message_ = "no show file: start with --show FILE to save";
    else if (!saveShow(show_, ctx_.showFile, error))
      message_ = error;
    else
      message_ = "saved " + ctx_.showFile;
  }
  ImGui::SameLine();
  bool canEdit = selected_ >= 0 && selected_ < int(show_.items.size());
  if (ImGui::Button("Up") && canEdit && selected_ > 0) {
    moveItem(show_, size_t(selected_), size_t(selected_ - 1));
    --selected_;
  }
  ImGui::SameLine();
  if (ImGui::Button("Down") && canEdit && selected_ + 1 < int(show_.items.size())) {
    moveItem(show_, size_t(selected_), size_t(selected_ + 1));
    ++selected_;
  }
  ImGui::SameLine();
  if (ImGui::Button("Remove") && canEdit) {
    show_.items.erase(show_.items.begin() + selected_);
    if (cue_ >= int(show_.items.size())) cue_ = int(show_.items.size()) - 1;
    selected_ = -1;
  }
  ImGui::Separator();
  float editorH = canEdit ? 190.0f : 0.0f;
  ImGui::BeginChild("items", {0, -editorH});
  if (ImGui::BeginTable("rundown", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("key", ImGuiTableColumnFlags_WidthFixed, 34);
    ImGui::TableSetupColumn("item");
    ImGui::TableSetupColumn("layer", ImGuiTableColumnFlags_WidthFixed, 30);
    ImGui::TableSetupColumn("state", ImGuiTableColumnFlags_WidthFixed, 70);
    for (int i = 0; i < int(show_.items.size()); ++i) {
      const RundownItem& item = show_.items[size_t(i)];
      ImGui::TableNextRow();
      bool onAir = std::any_of(state_.layers.begin(), state_.layers.end(), [&](const LayerView& l) {
        return l.layer == item.layer && l.scene == item.scene && l.contest == item.contest && !l.goingOut;
      });
      if (onAir)
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, IM_COL32(150, 20, 30, 255));
      else if (i == cue_)
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, IM_COL32(20, 110, 50, 255));
      ImGui::TableNextColumn();
      ImGui::TextDisabled(i < 12 ? "F%d" : "", i + 1);
      ImGui::TableNextColumn();
      std::string label = (item.label.empty() ? item.scene : item.label) + "##" + std::to_string(i);
      if (ImGui::Selectable(label.c_str(), selected_ == i, ImGuiSelectableFlags_AllowDoubleClick)) {
        selected_ = i;
        cue(i);
        if (ImGui::IsMouseDoubleClicked(0)) take();
      }
      ImGui::SameLine();
      ImGui::TextDisabled("%s · %s", item.scene.c_str(), contestName(item.contest).c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%d", item.layer);
      ImGui::TableNextColumn();
      if (onAir)
        ImGui::TextColored({1, 1, 1, 1}, "ON AIR");
      else if (i == cue_)
        ImGui::TextColored({0.6f, 1, 0.6f, 1}, "CUED");
      if (size_t n = warningsFor(item.contest)) {
        ImGui::SameLine();
        ImGui::TextColored({1, 0.8f, 0.2f, 1}, "WARN %zu", n);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%zu feed warning(s) for this contest: see Feed", n);
      }
    }
    ImGui::EndTable();
  }
  ImGui::EndChild();
  if (canEdit) itemEditor();
  ImGui::End();
}

void ConsoleUi::itemEditor() {
  RundownItem& item = show_.items[size_t(selected_)];
  ImGui::Separator();
  ImGui::PushItemWidth(-90);
  ImGui::InputText("Label", &item.label);
  if (ImGui::BeginCombo("Scene", item.scene.c_str())) {
    for (const auto& s : ctx_.scenes.all())
      if (ImGui::Selectable(std::string(s->name()).c_str(), s->name() == item.scene))
        item.scene = std::string(s->name());
    ImGui::EndCombo();
  }
  ImGui::InputText("Contest", &item.contest);
  ImGui::InputInt("Layer", &item.layer);
  item.layer = std::clamp(item.layer, 0, 9999);
  std::string caption = item.options.value("caption", std::string());
  if (ImGui::InputText("Caption", &caption)) {
    if (caption.empty())
      item.options.erase("caption");
    else
      item.options["caption"] = caption;
  }
  ImGui::PopItemWidth();
  if (ImGui::IsItemDeactivatedAfterEdit() && selected_ == cue_) cue(cue_);
}

void ConsoleUi::contestsPanel(float x, float y, float w, float h) {
  ImGui::SetNextWindowPos({x, y});
  ImGui::SetNextWindowSize({w, h});
  ImGui::Begin("Contests", nullptr, kPanel);
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##filter", "search name or id", contestFilter_, sizeof contestFilter_);
  if (ImGui::Checkbox("Follow latest declared", &follow_) && follow_) followLatestDeclared();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Rebinds the cued item to each contest as it declares");
  ImGui::BeginChild("contests");
  if (state_.data) {
    int shown = 0;
    for (const DerivedContest& d : state_.data->contests()) {
      if (contestFilter_[0] && !containsNoCase(d.name, contestFilter_) && !containsNoCase(d.id, contestFilter_))
        continue;
      if (++shown > 300) {
        ImGui::TextDisabled("… refine the search");
        break;
      }
      ImGui::PushID(d.id.c_str());
      if (ImGui::SmallButton("+")) {
        show_.items.push_back({d.name, "result-card", d.id, 10, nlohmann::json::object()});
        selected_ = int(show_.items.size()) - 1;
      }
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Add to the rundown");
      ImGui::SameLine();
      ImGui::Text("%s", d.name.c_str());
      ImGui::SameLine();
      ImGui::TextDisabled("%s · %s · rev %lld %s", d.id.c_str(), std::string(statusName(d.status)).c_str(),
                          static_cast<long long>(d.revision), d.caption.c_str());
      ImGui::PopID();
    }
  } else {
    ImGui::TextDisabled("no feed data yet");
  }
  ImGui::EndChild();
  ImGui::End();
}

} // namespace landslide
