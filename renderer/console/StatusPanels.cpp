// Feed, Output and As-run: what the operator checks when something looks wrong.
#include "ConsoleUi.h"

#include <imgui.h>

namespace landslide {

namespace {

void feedTab(FeedSource* source, const EngineState& state) {
  if (!source) {
    ImGui::TextDisabled("no feed (start with --feed FILE or URL)");
    return;
  }
  SourceHealth h = source->health();
  ImGui::Text("Source: %s", h.source.c_str());
  ImGui::TextColored(h.healthy() ? ImVec4(0.3f, 0.9f, 0.4f, 1) : ImVec4(1, 0.45f, 0.3f, 1), "%s",
                     h.healthy()          ? "healthy"
                     : h.lastGoodRevision ? "ERROR: last good data stays on air"
                                          : "no good data yet");
  if (h.lastGoodRevision) ImGui::Text("Last good revision %llu", static_cast<unsigned long long>(*h.lastGoodRevision));
  if (h.ageOfLastGoodSeconds) {
    ImGui::SameLine();
    ImGui::Text("· age %.1f s", *h.ageOfLastGoodSeconds);
  }
  ImGui::TextDisabled("%llu documents read, %llu rejected", static_cast<unsigned long long>(h.attempts),
                      static_cast<unsigned long long>(h.failures));
  ImGui::Separator();
  ImGui::BeginChild("feed-messages");
  for (const FeedError& e : h.lastErrors) ImGui::TextColored({1, 0.45f, 0.3f, 1}, "ERROR %s", e.toString().c_str());
  const FeedErrors& warnings = state.data ? state.data->warnings() : h.lastWarnings;
  for (const FeedError& w : warnings) ImGui::TextColored({1, 0.8f, 0.3f, 1}, "warning %s", w.toString().c_str());
  if (h.lastErrors.empty() && warnings.empty()) ImGui::TextDisabled("no errors or warnings");
  ImGui::EndChild();
}

void outputTab(const EngineState& s, const std::vector<ProgramWindow*>& windows) {
  ImGui::Text("%dx%d at %s fps", s.width, s.height, s.rate.toString().c_str());
  ImGui::Text("Frame %lld · ticks %llu · redrawn %llu · dropped %llu", static_cast<long long>(s.frame),
              static_cast<unsigned long long>(s.ticks), static_cast<unsigned long long>(s.framesDrawn),
              static_cast<unsigned long long>(s.framesDropped));
  // What a tick costs against its budget: the first thing to look at when frames drop.
  const double budget = 1000 * s.rate.secondsAt(1);
  const TickSummary& t = s.tickTimes;
  ImVec4 colour = t.drawP99Ms + t.hookP99Ms > budget ? ImVec4{1, 0.8f, 0.3f, 1} : ImVec4{0.6f, 0.65f, 0.7f, 1};
  ImGui::TextColored(colour, "Tick: draw calls %.1f ms (p99 %.1f) of a %.1f ms budget", t.drawMedianMs, t.drawP99Ms,
                     budget);
  ImGui::TextColored(colour, "      monitors + windows, GPU wait included: %.1f ms (p99 %.1f)", t.hookMedianMs,
                     t.hookP99Ms);
  ImGui::Separator();
  for (size_t i = 0; i < windows.size(); ++i)
    ImGui::Text("program window %zu: %llu frames presented", i + 1,
                static_cast<unsigned long long>(windows[i]->presented()));
  for (const SinkView& sink : s.sinks) {
    if (sink.failure.empty())
      ImGui::Text("%s: ok, %llu dropped", sink.spec.c_str(), static_cast<unsigned long long>(sink.dropped));
    else
      ImGui::TextColored({1, 0.45f, 0.3f, 1}, "%s: FAILED %s", sink.spec.c_str(), sink.failure.c_str());
  }
}

void asRunTab(LiveEngine& engine) {
  if (!ImGui::BeginTable("asrun", 7, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit))
    return;
  ImGui::TableSetupScrollFreeze(0, 1);
  for (const char* h : {"time", "frame", "timecode", "source", "command", "layer / scene / contest", "result"})
    ImGui::TableSetupColumn(h);
  ImGui::TableHeadersRow();
  auto entries = engine.asRun().recent(200);
  for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(it->time.substr(11).c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%lld", static_cast<long long>(it->frame));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(it->timecode.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(it->source.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(it->command.c_str());
    ImGui::TableNextColumn();
    ImGui::Text("L%d %s %s rev %lld", it->layer, it->scene.c_str(), it->contest.c_str(),
                static_cast<long long>(it->revision));
    ImGui::TableNextColumn();
    if (it->result == "ok")
      ImGui::TextUnformatted("ok");
    else
      ImGui::TextColored({1, 0.45f, 0.3f, 1}, "%s", it->result.c_str());
  }
  ImGui::EndTable();
}

} // namespace

void ConsoleUi::statusPanels(float x, float y, float w, float h) {
  ImGui::SetNextWindowPos({x, y});
  ImGui::SetNextWindowSize({w, h});
  ImGui::Begin("Status", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse);
  // Above the tabs: a restart would lose what is on air, or a layer ignores the feed.
  if (!state_.journal.ok)
    ImGui::TextColored({1, 0.45f, 0.3f, 1}, "JOURNAL NOT WRITTEN: %s", state_.journal.error.c_str());
  for (const LayerView& v : state_.layers)
    if (!v.warning.empty()) ImGui::TextColored({1, 0.8f, 0.3f, 1}, "L%d: %s", v.layer, v.warning.c_str());
  if (ImGui::BeginTabBar("status")) {
    if (ImGui::BeginTabItem("Feed")) {
      feedTab(ctx_.source, state_);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Output")) {
      outputTab(state_, ctx_.windows);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("As-run")) {
      asRunTab(ctx_.engine);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  ImGui::End();
}

} // namespace landslide
