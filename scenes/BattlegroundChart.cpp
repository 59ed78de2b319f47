#include "BattlegroundChart.h"

#include "feeds/Snapshot.h"
#include "kit/Look.h"

#include <algorithm>
#include <cmath>

namespace landslide {

namespace {

constexpr double kStep = 5;     // the scale runs in steps of five points
constexpr double kLongest = 30; // and never past 30: safe seats are counted, not drawn
constexpr float kColumnGap = 4; // between columns
constexpr float kBlockGap = 3;  // between blocks in a column
constexpr float kTallestBlock = 18;

} // namespace

Expected<BattlegroundOptions> parseBattlegroundOptions(const nlohmann::json& options) {
  OptionReader r(options);
  BattlegroundOptions o;
  r.common(o);
  std::optional<std::string> from, to;
  r.text("from", from);
  r.text("to", to);
  r.integer("named", o.named, 0, 6);
  o.from = upperText(from.value_or(""));
  o.to = upperText(to.value_or(""));
  return finished(r, std::move(o));
}

Battleground battlegroundFor(const ResultsSnapshot& snapshot, const BattlegroundOptions& o) {
  return deriveBattleground(snapshot, o.to, o.from);
}

SwingAxis swingAxis(const Battleground& now, const Battleground* before, float x, float w) {
  SwingAxis a;
  a.x = x, a.w = w;
  double hi = 0, lo = 0;
  for (const Battleground* b : {&now, before})
    if (b && b->nationalSwing) hi = std::max(hi, *b->nationalSwing + 3), lo = std::min(lo, *b->nationalSwing);
  // Far enough for every seat that has fallen: a gain against the swing belongs on screen.
  for (const BattlegroundTarget& t : now.targets)
    if (t.fallen) hi = std::max(hi, t.needed + 0.5);
  a.max = std::clamp(std::ceil(hi / kStep) * kStep, 20.0, kLongest);
  a.min = lo < 0 ? -std::min(std::ceil((-lo + 2) / kStep) * kStep, kLongest) : 0;
  return a;
}

TargetState targetState(const BattlegroundTarget& t, const Battleground& b) {
  if (!t.declared) return TargetState::Awaiting;
  if (t.fallen) return TargetState::Fallen;
  return t.winner == b.defender ? TargetState::Held : TargetState::Other;
}

std::vector<TargetBlock> targetBlocks(const Battleground& b, const SwingAxis& axis, float baseline, float height,
                                      int* beyond) {
  const int columns = axis.columns();
  std::vector<int> stack(size_t(std::max(columns, 1)), 0);
  std::vector<TargetBlock> out;
  int past = 0;
  for (const BattlegroundTarget& t : b.targets) {
    if (t.needed >= axis.max) {
      ++past;
      continue;
    }
    TargetBlock block;
    block.column = std::clamp(int(std::floor((std::max(t.needed, 0.0) - axis.min) / axis.bin)), 0, columns - 1);
    block.state = targetState(t, b);
    block.wouldFall = t.wouldFall;
    block.needed = t.needed;
    out.push_back(block);
  }
  // Stack each column from the baseline, smallest swing needed at the bottom.
  for (TargetBlock& block : out) block.rect.y = float(stack[size_t(block.column)]++);
  int tallest = std::max(1, *std::max_element(stack.begin(), stack.end()));
  float pitch = std::min(kTallestBlock + kBlockGap, height / float(tallest));
  float colW = axis.w / float(columns);
  for (TargetBlock& block : out) {
    float k = block.rect.y;
    block.rect = {axis.at(axis.min + axis.bin * block.column) + kColumnGap * 0.5f, baseline - (k + 1) * pitch,
                  colW - kColumnGap, pitch - std::min(kBlockGap, pitch * 0.2f)};
  }
  if (beyond) *beyond = past;
  return out;
}

Rgba stateColour(const Look& look, const Battleground& b, TargetState state) {
  const Theme& theme = look.theme();
  switch (state) {
  case TargetState::Fallen: return look.colour(b.challenger);
  case TargetState::Held: return lerp(theme.plate.withAlpha(1), look.colour(b.defender), 0.6f);
  case TargetState::Other: return theme.others;
  case TargetState::Awaiting: break;
  }
  return theme.plateEdge;
}

} // namespace landslide
