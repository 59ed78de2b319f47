#pragma once
// The battleground's model on screen: options, the swing scale and one block per target,
// stacked in half-point columns by the swing it needs. Shared by the scene and its tests.
#include "Scene.h"
#include "feeds/Derived.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace landslide {

class Look;

struct BattlegroundOptions : SceneOptions {
  std::string from; // the defender ("" = the model's default: largest party last time)
  std::string to;   // the challenger ("" = the model's default)
  int named = 5;    // top targets named under the scale (0..6)
};
// Codes are upper-cased; a wrong type or a value out of range is refused.
Expected<BattlegroundOptions> parseBattlegroundOptions(const nlohmann::json& options);
Battleground battlegroundFor(const ResultsSnapshot& snapshot, const BattlegroundOptions& options);

// The horizontal swing scale, in points, across [x, x + w] design units.
struct SwingAxis {
  double min = 0, max = 20; // points; min < 0 only when the swing is towards the defender
  double bin = 0.5;         // points per column
  float x = 0, w = 0;
  float at(double swing) const { return x + float((swing - min) / (max - min)) * w; }
  int columns() const { return int((max - min) / bin + 0.5); }
};
// Wide enough for the swing now and before an update (so the needle moves on one scale)
// and for every target already fallen: at least 0..20 points, in steps of 5; at most 0..30
// (targets past it are counted apart).
SwingAxis swingAxis(const Battleground& now, const Battleground* before, float x, float w);

enum class TargetState { Awaiting, Fallen, Held, Other };
TargetState targetState(const BattlegroundTarget& target, const Battleground& b);

// One target's block on the chart (design units), and what it shows.
struct TargetBlock {
  Rect rect;
  TargetState state = TargetState::Awaiting;
  bool wouldFall = false;
  double needed = 0; // points
  int column = 0;
};
// Blocks for every target on the scale (beyond it: `beyond` counts them), stacked up from
// `baseline` with the tallest column fitting `height`.
std::vector<TargetBlock> targetBlocks(const Battleground& b, const SwingAxis& axis, float baseline, float height,
                                      int* beyond = nullptr);
// A block's fill: the challenger's colour for a fallen seat, the defender's (dimmed) for a
// hold, the theme's "others" for a seat lost to a third party, the track while awaiting.
Rgba stateColour(const Look& look, const Battleground& b, TargetState state);

} // namespace landslide
