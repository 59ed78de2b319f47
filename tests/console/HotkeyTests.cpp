#include <doctest/doctest.h>

#include "console/Hotkeys.h"

#include <GLFW/glfw3.h>

using namespace landslide;

TEST_CASE("hotkeys: the operator's keyboard") {
  KeyContext plain;
  CHECK(mapHotkey(GLFW_KEY_SPACE, plain)->action == HotkeyAction::Take);
  CHECK(mapHotkey(GLFW_KEY_ENTER, plain)->action == HotkeyAction::Take);
  CHECK(mapHotkey(GLFW_KEY_ESCAPE, plain)->action == HotkeyAction::Out);
  KeyContext shift;
  shift.shift = true;
  CHECK(mapHotkey(GLFW_KEY_ESCAPE, shift)->action == HotkeyAction::OutAll);
  CHECK(mapHotkey(GLFW_KEY_N, plain)->action == HotkeyAction::Next);
  CHECK(mapHotkey(GLFW_KEY_RIGHT, plain)->action == HotkeyAction::Next);
  CHECK(mapHotkey(GLFW_KEY_UP, plain)->action == HotkeyAction::CueUp);
  CHECK(mapHotkey(GLFW_KEY_DOWN, plain)->action == HotkeyAction::CueDown);
  for (int i = 0; i < 12; ++i) {
    auto h = mapHotkey(GLFW_KEY_F1 + i, plain);
    REQUIRE(h);
    CHECK(h->action == HotkeyAction::CueIndex);
    CHECK(h->index == i);
  }
  CHECK_FALSE(mapHotkey(GLFW_KEY_Q, plain));
}

TEST_CASE("hotkeys never fire while typing or in a dialog") {
  KeyContext typing;
  typing.textFieldActive = true;
  KeyContext dialog;
  dialog.dialogOpen = true;
  for (int key : {GLFW_KEY_SPACE, GLFW_KEY_ESCAPE, GLFW_KEY_N, GLFW_KEY_F1, GLFW_KEY_ENTER}) {
    CHECK_FALSE(mapHotkey(key, typing));
    CHECK_FALSE(mapHotkey(key, dialog));
  }
  KeyContext control;
  control.control = true;
  CHECK_FALSE(mapHotkey(GLFW_KEY_SPACE, control)); // Ctrl+Space is not TAKE
}
