#pragma once
// The operator's keyboard: Space/Enter TAKE, Esc OUT, Shift+Esc OUT ALL, N/Right NEXT,
// F1–F12 cue rundown items 1–12, Up/Down move the cue. Keys are GLFW key codes; the
// mapping is pure so it is tested without a window.
#include <optional>

namespace landslide {

enum class HotkeyAction { Take, Out, OutAll, Next, CueIndex, CueUp, CueDown, StallTest };

struct Hotkey {
  HotkeyAction action;
  int index = 0; // CueIndex: rundown position 0..11
};

struct KeyContext {
  bool shift = false, control = false;
  bool textFieldActive = false; // a text field has the keyboard
  bool dialogOpen = false;      // a confirmation or popup is open
};

// nullopt when the key means nothing here, or the operator is typing or in a dialog.
std::optional<Hotkey> mapHotkey(int glfwKey, const KeyContext& context);

} // namespace landslide
