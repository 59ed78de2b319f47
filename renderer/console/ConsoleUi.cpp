#include "ConsoleUi.h"

#include "playout/PrepareItem.h"

#include <imgui.h>

#include <GLFW/glfw3.h>

#include <chrono>
#include <cstdio>
#include <thread>

namespace landslide {

ConsoleUi::ConsoleUi(ConsoleContext context, Show show) : ctx_(std::move(context)), show_(std::move(show)) {
  if (!show_.items.empty()) cue(0);
}

void ConsoleUi::frame(float width, float height) {
  state_ = ctx_.engine.state();
  const float top = 44, pad = 6;
  const float left = std::max(320.0f, width * 0.26f);
  topBar(width);
  rundownPanel(0, top, left, (height - top) * 0.58f);
  contestsPanel(0, top + (height - top) * 0.58f, left, (height - top) * 0.42f);
  float monitorsH = std::min((width - left - 3 * pad) / 2 * 9 / 16 + 34, (height - top) * 0.55f);
  monitorPanels(left, top, width - left, monitorsH);
  float lowerY = top + monitorsH, lowerH = height - lowerY;
  transportPanel(left, lowerY, (width - left) * 0.42f, lowerH);
  statusPanels(left + (width - left) * 0.42f, lowerY, (width - left) * 0.58f, lowerH);
  confirmTakePopup();
}

void ConsoleUi::key(int k, int mods) {
  const ImGuiIO& io = ImGui::GetIO();
  KeyContext c{(mods & GLFW_MOD_SHIFT) != 0, (mods & GLFW_MOD_CONTROL) != 0, io.WantTextInput,
               confirmOpen_ || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)};
  auto hotkey = mapHotkey(k, c);
  if (!hotkey) return;
  switch (hotkey->action) {
  case HotkeyAction::Take: take(); break;
  case HotkeyAction::Out: out(); break;
  case HotkeyAction::OutAll: submit(CommandKind::OutAll, 0); break;
  case HotkeyAction::Next: next(); break;
  case HotkeyAction::CueIndex: cue(hotkey->index); break;
  case HotkeyAction::CueUp: cue(std::max(0, cue_ - 1)); break;
  case HotkeyAction::CueDown: cue(std::min(int(show_.items.size()) - 1, cue_ + 1)); break;
  case HotkeyAction::StallTest: { // diagnostic: the program must not notice a busy console
    uint64_t before = 0, after = 0;
    for (ProgramWindow* w : ctx_.windows) before += w->presented();
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    for (ProgramWindow* w : ctx_.windows) after += w->presented();
    message_ =
        "console stalled 200 ms; program windows presented " + std::to_string(after - before) + " frames meanwhile";
    std::fprintf(stderr, "landslide console: %s\n", message_.c_str());
    break;
  }
  }
}

void ConsoleUi::cue(int index) {
  if (index < 0 || index >= int(show_.items.size())) return;
  cue_ = index;
  selected_ = index;
  const RundownItem& item = show_.items[size_t(index)];
  Expected<LayerItem> li = prepareItem(ctx_.scenes, {item.scene, item.contest, item.options});
  if (!li) {
    message_ = item.label + ": " + li.problem().toString();
    return ctx_.monitors.cue(std::nullopt);
  }
  ctx_.monitors.cue(*li); // the preview draws it alone
}

void ConsoleUi::take(bool confirmed) {
  if (cue_ < 0 || cue_ >= int(show_.items.size())) {
    message_ = "nothing cued: press F1–F12 or click a rundown item";
    return;
  }
  const RundownItem& item = show_.items[size_t(cue_)];
  if (!confirmed) {
    std::string error = contestError(item.contest);
    if (!error.empty()) {
      confirmReason_ = error;
      confirmOpen_ = true;
      return;
    }
  }
  // Parsed here, so a bad option shows on the message line and nothing goes to air.
  Expected<LayerItem> prepared = prepareItem(ctx_.scenes, {item.scene, item.contest, item.options});
  if (!prepared) {
    message_ = item.label + ": " + prepared.problem().toString();
    return;
  }
  submit(CommandKind::Take, item.layer, std::move(*prepared));
  lastTakenLayer_ = item.layer;
  if (cue_ + 1 < int(show_.items.size())) cue(cue_ + 1); // the next item is cued, as rundowns expect
}

void ConsoleUi::next() {
  // NEXT goes to the most recently taken layer that has a further page.
  for (auto it = state_.layers.rbegin(); it != state_.layers.rend(); ++it)
    if (!it->goingOut && it->page + 1 < it->pageCount) return submit(CommandKind::Next, it->layer);
  message_ = "no on-air graphic has another page";
}

void ConsoleUi::out() {
  // The layer taken last, if still on air; otherwise the highest layer on air.
  for (const LayerView& l : state_.layers)
    if (l.layer == lastTakenLayer_ && !l.goingOut) return submit(CommandKind::Out, l.layer);
  for (auto it = state_.layers.rbegin(); it != state_.layers.rend(); ++it)
    if (!it->goingOut) return submit(CommandKind::Out, it->layer);
}

void ConsoleUi::submit(CommandKind kind, int layer, LayerItem item) {
  Command c;
  c.kind = kind;
  c.layer = layer;
  c.item = std::move(item);
  c.source = "console";
  ctx_.engine.submit(std::move(c)); // applied on the next frame; errors land in the as-run log
  message_.clear();
}

std::string ConsoleUi::contestName(const std::string& id) const {
  if (bindsLatest(id)) {
    std::string seat = resolveContest(id, state_.data.get());
    return seat.empty() ? "Latest declared · waiting for the first declaration"
                        : "Latest declared · " + contestName(seat);
  }
  if (state_.data)
    if (const Contest* c = state_.data->findContest(id)) return c->name;
  return id;
}

std::string ConsoleUi::layerSeat(const LayerView& l) const {
  if (!bindsLatest(l.contest)) return contestName(l.contest);
  return l.resolved.empty() ? "Latest declared · waiting for the first declaration"
                            : "Latest declared · " + contestName(l.resolved);
}

std::string ConsoleUi::contestError(const std::string& binding) const {
  if (!ctx_.source || !state_.data) return {};
  const std::string contest = resolveContest(binding, state_.data.get());
  SourceHealth health = ctx_.source->health();
  if (health.lastErrors.empty()) return {};
  // The newest document was rejected; the last good one is on air. Find its index.
  const auto& contests = state_.data->election().contests;
  std::string prefix;
  for (size_t i = 0; i < contests.size(); ++i)
    if (contests[i].id == contest) prefix = "/contests/" + std::to_string(i);
  for (const FeedError& e : health.lastErrors)
    if (e.path.empty() || (!prefix.empty() && (e.path == prefix || e.path.starts_with(prefix + "/"))))
      return e.toString();
  return {};
}

size_t ConsoleUi::warningsFor(const std::string& binding) const {
  if (!state_.data) return 0;
  const std::string contest = resolveContest(binding, state_.data.get());
  const auto& contests = state_.data->election().contests;
  size_t n = 0;
  for (size_t i = 0; i < contests.size(); ++i) {
    if (contests[i].id != contest) continue;
    std::string prefix = "/contests/" + std::to_string(i);
    for (const FeedError& w : state_.data->warnings())
      if (w.path == prefix || w.path.starts_with(prefix + "/")) ++n;
  }
  return n;
}

bool ConsoleUi::cuedFollowsLatest() const {
  return cue_ >= 0 && cue_ < int(show_.items.size()) && bindsLatest(show_.items[size_t(cue_)].contest);
}

void ConsoleUi::followLatest(bool follow) {
  if (cue_ < 0 || cue_ >= int(show_.items.size())) {
    message_ = "cue an item first: the cued item follows the latest declaration";
    return;
  }
  RundownItem& item = show_.items[size_t(cue_)];
  if (follow) {
    item.contest = std::string(kLatestContest);
  } else {
    std::string seat = resolveContest(item.contest, state_.data.get());
    if (!seat.empty()) item.contest = seat; // stays on the seat it shows now
  }
  cue(cue_);
}

void ConsoleUi::confirmTakePopup() {
  if (confirmOpen_) ImGui::OpenPopup("Feed error");
  ImGui::SetNextWindowSize({560, 0});
  if (ImGui::BeginPopupModal("Feed error", nullptr, ImGuiWindowFlags_NoResize)) {
    ImGui::TextWrapped("The feed has an error touching this contest; the last good data is what will go on air:");
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 0.55f, 0.4f, 1));
    ImGui::TextWrapped("%s", confirmReason_.c_str());
    ImGui::PopStyleColor();
    ImGui::Spacing();
    if (ImGui::Button("Take anyway", {160, 36})) {
      confirmOpen_ = false;
      ImGui::CloseCurrentPopup();
      take(true);
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel", {120, 36})) {
      confirmOpen_ = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

} // namespace landslide
