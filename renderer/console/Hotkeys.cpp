#include "Hotkeys.h"

#include <GLFW/glfw3.h>

namespace landslide {

std::optional<Hotkey> mapHotkey(int key, const KeyContext& c) {
  if (c.textFieldActive || c.dialogOpen) return std::nullopt;
  if (c.control && c.shift && key == GLFW_KEY_S) return Hotkey{HotkeyAction::StallTest};
  if (c.control) return std::nullopt;
  switch (key) {
  case GLFW_KEY_SPACE:
  case GLFW_KEY_ENTER:
  case GLFW_KEY_KP_ENTER: return Hotkey{HotkeyAction::Take};
  case GLFW_KEY_ESCAPE: return Hotkey{c.shift ? HotkeyAction::OutAll : HotkeyAction::Out};
  case GLFW_KEY_N:
  case GLFW_KEY_RIGHT: return Hotkey{HotkeyAction::Next};
  case GLFW_KEY_UP: return Hotkey{HotkeyAction::CueUp};
  case GLFW_KEY_DOWN: return Hotkey{HotkeyAction::CueDown};
  default: break;
  }
  if (key >= GLFW_KEY_F1 && key <= GLFW_KEY_F12) return Hotkey{HotkeyAction::CueIndex, key - GLFW_KEY_F1};
  return std::nullopt;
}

} // namespace landslide
