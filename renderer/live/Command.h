#pragma once
// One command model for the console, AMCP and HTTP: every control surface builds a
// Command and submits it to the engine, which applies it on a frame boundary.
#include "playout/Playout.h"

#include <string>

namespace landslide {

enum class CommandKind {
  Take,     // put item on layer and play its entrance
  Next,     // next page
  Out,      // animated exit
  OutAll,   // animated exit of every layer
  Clear,    // cut one layer
  ClearAll, // cut everything
  Update,   // change a layer's options/binding in place (CG UPDATE)
  Retake,   // show a held revision with the update animation
  SetAuto,  // auto (true) or hold (false) for new revisions
};

std::string_view toString(CommandKind kind);

struct Command {
  CommandKind kind = CommandKind::Take;
  int layer = 10;
  LayerItem item;                 // Take: prepared item; Update: options patch, scene + parsed merge
  bool flag = false;              // SetAuto: the new mode
  std::string source = "console"; // console, amcp, http, journal
};

struct CommandResult {
  CommandResult() = default;
  // A constructor, not an aggregate: answers built as {ok, error, frame} need no rule.
  CommandResult(bool ok_, std::string error_, int64_t frame_, std::string rule_ = {})
      : ok(ok_), error(std::move(error_)), frame(frame_), rule(std::move(rule_)) {}
  bool ok = true;
  std::string error; // why it was refused
  int64_t frame = 0; // the frame it took effect on
  std::string rule;  // why, as a stable id: "unknown-contest" (nothing to show: AMCP 404); "" otherwise
};

} // namespace landslide
