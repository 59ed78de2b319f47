#pragma once
// The operator console's Dear ImGui interface. Each panel is its own file
// (RundownPanel.cpp, MonitorPanels.cpp, TransportPanel.cpp, StatusPanels.cpp); this class
// holds the operator-side state (rundown, cue, selection) and turns clicks and hotkeys
// into engine commands. It runs on the main thread only.
#include "Hotkeys.h"
#include "MonitorFeed.h"
#include "gl/ProgramWindow.h"

#include "live/LiveEngine.h"
#include "playout/Show.h"

#include <string>
#include <vector>

namespace landslide {

struct ConsoleContext {
  LiveEngine& engine;
  MonitorFeed& monitors;
  const SceneRegistry& scenes;
  FeedSource* source = nullptr; // may be null: no feed
  std::vector<ProgramWindow*> windows;
  std::string showFile; // where Save writes
};

class ConsoleUi {
public:
  ConsoleUi(ConsoleContext context, Show show);
  void frame(float width, float height); // between ImGui::NewFrame and ImGui::Render
  // The engine state as the last frame read it (one copy per console frame).
  const EngineState& state() const { return state_; }
  // A key from the console or a program window (GLFW key code and modifier bits).
  void key(int glfwKey, int mods);
  const Show& show() const { return show_; }

private:
  // Panels (one file each).
  void rundownPanel(float x, float y, float w, float h);
  void itemEditor();
  void contestsPanel(float x, float y, float w, float h);
  void monitorPanels(float x, float y, float w, float h);
  void transportPanel(float x, float y, float w, float h);
  void statusPanels(float x, float y, float w, float h);
  void topBar(float w);
  void confirmTakePopup();

  // Actions.
  void cue(int index);
  void take(bool confirmed = false);
  void next();
  void out();
  void submit(CommandKind kind, int layer, LayerItem item = {});
  std::string contestError(const std::string& contest) const; // feed error touching it
  size_t warningsFor(const std::string& contest) const;
  std::string contestName(const std::string& id) const; // "latest": "Latest declared · NAME"
  std::string layerSeat(const LayerView& layer) const;  // what an on-air layer shows (on hold it may trail)
  // "Follow latest declared": binds the cued item to "latest" (it then follows each
  // declaration on air by itself), or pins it to the seat it shows now.
  void followLatest(bool follow);
  bool cuedFollowsLatest() const;
  void latestDeclarations(); // the Contests panel's national count and newest declarations

  ConsoleContext ctx_;
  Show show_;
  EngineState state_;
  int cue_ = -1;      // cued rundown index
  int selected_ = -1; // rundown index being edited
  int lastTakenLayer_ = -1;
  bool confirmOpen_ = false;
  std::string confirmReason_;
  char contestFilter_[64] = "";
  std::string message_; // last command error or note, shown in the transport
};

} // namespace landslide
