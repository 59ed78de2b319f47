// Rundown and Contests panels: the show's items (add, remove, reorder, rename, edit
// bindings and overrides, save) and the feed's contests (search, add to the rundown).
#include "ConsoleUi.h"

#include "feeds/Instant.h"

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
    if (ctx_.showFile.empty())
      message_ = "no show file: start with --show FILE to save";
    else if (auto saved = saveShow(show_, ctx_.showFile); !saved)
      message_ = saved.error();
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
  bool latest = bindsLatest(item.contest);
  ImGui::BeginDisabled(latest);
  std::string shownId = latest ? std::string("latest declared") : item.contest;
  if (ImGui::InputText("Contest", &shownId) && !latest) item.contest = shownId;
  ImGui::EndDisabled();
  if (ImGui::Checkbox("Latest declared", &latest)) {
    item.contest = latest ? std::string(kLatestContest) : resolveContest(item.contest, state_.data.get());
    if (selected_ == cue_) cue(cue_);
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Bound to the newest declared seat: on air it follows each declaration as it lands\n"
                      "(auto), or waits for RE-TAKE (hold)");
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

void ConsoleUi::latestDeclarations() {
  if (!state_.data) return;
  const ElectionTotals& t = state_.data->totals();
  ImGui::Text("%d declared · %d to come", t.declared, t.toDeclare);
  const char* add = "+ Latest declared";
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(add).x -
                  2 * ImGui::GetStyle().FramePadding.x);
  if (ImGui::SmallButton(add)) {
    show_.items.push_back(
        {"Latest declared", "seat-change", std::string(kLatestContest), 10, nlohmann::json::object()});
    selected_ = int(show_.items.size()) - 1;
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Add a seat-change bound to the latest declared seat to the rundown");
  const std::vector<std::size_t>& order = state_.data->declarationOrder();
  if (order.empty()) {
    ImGui::TextDisabled("no declarations yet");
    return;
  }
  // The newest ten (fewer in a short panel, so the search list keeps room), newest first:
  // the time as the feed gives it (local), the caption by the winner's colour, the seat.
  const float rowH = ImGui::GetFrameHeightWithSpacing();
  const int room = int((ImGui::GetContentRegionAvail().y - 7 * rowH) / rowH);
  const std::size_t shown = std::min(order.size(), std::size_t(std::clamp(room, 3, 10)));
  if (!ImGui::BeginTable("latest", 3, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) return;
  ImGui::TableSetupColumn("time");
  ImGui::TableSetupColumn("caption");
  ImGui::TableSetupColumn("seat", ImGuiTableColumnFlags_WidthStretch);
  for (std::size_t k = 0; k < shown; ++k) {
    const DerivedContest& d = state_.data->contests()[order[k]];
    const Contest& c = state_.data->election().contests[order[k]];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    std::string time = c.declaredAt && parseInstant(*c.declaredAt) ? c.declaredAt->substr(11, 5) : "--:--";
    ImGui::TextDisabled("%s", time.c_str());
    ImGui::TableNextColumn();
    uint32_t rgb = 0;
    if (auto feed = state_.data->partyColour(d.winner)) {
      rgb = *feed;
    } else {
      Rgba p = ctx_.engine.theme().partyColour(d.winner);
      rgb = uint32_t(p.r * 255) << 16 | uint32_t(p.g * 255) << 8 | uint32_t(p.b * 255);
    }
    ImVec4 colour(float(rgb >> 16 & 0xFF) / 255.0f, float(rgb >> 8 & 0xFF) / 255.0f, float(rgb & 0xFF) / 255.0f, 1);
    ImVec2 p = ImGui::GetCursorScreenPos();
    const float chip = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddRectFilled({p.x, p.y + 2}, {p.x + 6, p.y + chip - 2}, ImGui::GetColorU32(colour));
    ImGui::Dummy({8, chip});
    ImGui::SameLine();
    if (d.gain)
      ImGui::TextColored({1, 1, 1, 1}, "%s", d.caption.c_str());
    else
      ImGui::TextDisabled("%s", d.caption.c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%s", d.name.c_str());
  }
  ImGui::EndTable();
  ImGui::Separator();
}

void ConsoleUi::contestsPanel(float x, float y, float w, float h) {
  ImGui::SetNextWindowPos({x, y});
  ImGui::SetNextWindowSize({w, h});
  ImGui::Begin("Contests", nullptr, kPanel);
  latestDeclarations();
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##filter", "search name or id", contestFilter_, sizeof contestFilter_);
  bool follow = cuedFollowsLatest();
  if (ImGui::Checkbox("Follow latest declared", &follow)) followLatest(follow);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Binds the cued item to \"latest\": once taken it shows each new declaration as it lands\n"
                      "(auto) or holds it for RE-TAKE (hold). Unticked, the item stays on the seat it shows now.");
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
