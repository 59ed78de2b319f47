#include "BattlegroundScene.h"

#include "BattlegroundChart.h"
#include "kit/Look.h"
#include "kit/Motion.h"
#include "kit/Paint.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>
#include <utility>

namespace landslide {

namespace {

constexpr float kAccent = 8;
constexpr float kChartH = 360; // the tallest column
constexpr float kNeedleW = 4;
constexpr double kColumnsStart = 0.35;  // fractions of the entrance
constexpr double kColumnStagger = 0.01; // seconds between columns rising
constexpr double kNeedleStart = 0.9;    // the needle swings in after the columns
constexpr double kNeedleSeconds = 1.1;

// "AT 10.5% SWING LAB GAINS 210 SEATS", from (possibly mid-update) figures.
std::string headline(const Look& look, const Battleground& b, std::optional<double> swing, int wouldFall) {
  const Theme& theme = look.theme();
  if (b.challenger.empty()) return "NO PREVIOUS RESULTS TO MEASURE SWING";
  if (!swing) return "SWING FOLLOWS THE FIRST FULL RESULTS";
  std::string ch = look.shortName(b.challenger);
  std::string gains = wouldFall == 0   ? ch + " GAINS NO SEATS"
                      : wouldFall == 1 ? ch + " GAINS 1 SEAT"
                                       : ch + " GAINS " + theme.formatCount(wouldFall) + " SEATS";
  std::string size = theme.formatDecimal(std::abs(*swing), 1) + "%";
  if (*swing < 0) return "AT " + size + " SWING TO " + look.shortName(b.defender) + ", " + gains;
  return "AT " + size + " SWING " + gains;
}

// The headline on two lines (9:16 and 1:1): the swing, then what it means.
std::pair<std::string, std::string> headlineLines(const Look& look, const Battleground& b, std::optional<double> swing,
                                                  int wouldFall) {
  std::string whole = headline(look, b, swing, wouldFall);
  if (b.challenger.empty() || !swing) return {whole, ""};
  size_t cut = *swing < 0 ? whole.find(", ") : whole.find(" SWING ");
  size_t at = *swing < 0 ? cut + 1 : cut + 6;
  if (cut == std::string::npos) return {whole, ""};
  return {whole.substr(0, at), whole.substr(at + 1)};
}

std::string overline(const Look& look, const Battleground& b) {
  if (b.challenger.empty()) return "BATTLEGROUND";
  return "BATTLEGROUND  \xC2\xB7  " + look.shortName(b.challenger) + " TARGETS HELD BY " + look.shortName(b.defender);
}

std::string subline(const Look& look, const Battleground& b) {
  if (b.challenger.empty()) return "The feed has no previous results";
  const ElectionTotals& t = look.snapshot()->totals();
  std::string s = "Uniform national swing from " + look.shortName(b.defender) + " to " + look.shortName(b.challenger);
  if (b.nationalSwing && t.counted < t.contests)
    s += ", based on " + look.count(b.counted) + " of " + look.count(t.contests) + " seats";
  s += "  \xC2\xB7  " + look.count(b.fallen) + " of " + look.count(int64_t(b.targets.size())) + " targets gained";
  return s;
}

struct Layout {
  Rect box;          // the panel's content
  float headerH = 0; // overline, headline, subline, rule
  float chartTop = 0, baseline = 0;
  float axisBase = 0, bandBase = 0; // tick labels, then seats per band
  float legendBase = 0;             // the key, and the targets past the scale
  float namedTop = 0;
  float chartH = kChartH;
  // 9:16 and 1:1: the headline and subline on two lines each, the key on two, the chart
  // as tall as the frame leaves, and the top targets as a list, one a line.
  bool stacked = false;
  float legendBase2 = 0;
  size_t namedMax = 6;
};

constexpr float kNamedRow = 50; // stacked: one top target a line
constexpr size_t kSquareNamed = 3;

Layout stackedLayout(const Canvas& c, const Grid& grid, const Theme& theme, size_t named) {
  Layout l;
  l.stacked = true;
  l.namedMax = grid.shape == Shape::Square ? kSquareNamed : 6;
  named = std::min(named, l.namedMax);
  const Rect area = grid.panelContent(theme.padding);
  const float label = c.capHeight(FontRole::Label), headline = c.capHeight(FontRole::Headline);
  l.headerH = label + 30 + headline + 16 + headline + 28 + label + 14 + label + 28;
  const float legend = 28 + label + 16 + label + 74;
  const float axis = 24 + label + 22 + label;
  const float list = named > 0 ? 48 + label + 8 + kNamedRow * float(named) : 0;
  l.chartH = std::clamp(area.h - l.headerH - legend - axis - list - c.descent(FontRole::Label), 160.0f, 560.0f);
  const float h = l.headerH + legend + l.chartH + axis + list + c.descent(FontRole::Label);
  l.box = {area.x, area.y + std::max(0.0f, (area.h - h) * 0.5f), area.w, std::min(h, area.h)};
  l.legendBase = l.box.y + l.headerH + 28 + label;
  l.legendBase2 = l.legendBase + 16 + label;
  l.chartTop = l.legendBase2 + 74;
  l.baseline = l.chartTop + l.chartH;
  l.axisBase = l.baseline + 24 + label;
  l.bandBase = l.axisBase + 22 + label;
  l.namedTop = l.bandBase + 48;
  return l;
}

// A line that may not fit: the longest run of whole words that does, then the rest.
std::pair<std::string, std::string> splitToFit(const Canvas& c, FontRole role, const std::string& text, float width) {
  if (c.measure(role, text) <= width) return {text, ""};
  size_t cut = std::string::npos;
  for (size_t at = text.find(' '); at != std::string::npos; at = text.find(' ', at + 1))
    if (c.measure(role, text.substr(0, at)) <= width) cut = at;
  if (cut == std::string::npos) return {text, ""};
  size_t rest = text.find_first_not_of(' ', cut);
  return {text.substr(0, cut), rest == std::string::npos ? "" : text.substr(rest)};
}

Layout layout(const Canvas& c, const Grid& grid, const Theme& theme, size_t namedCount) {
  if (grid.shape != Shape::Wide) return stackedLayout(c, grid, theme, namedCount);
  Layout l;
  const Rect area = grid.panelContent(theme.padding);
  l.headerH =
      c.capHeight(FontRole::Label) + 30 + c.capHeight(FontRole::Headline) + 28 + c.capHeight(FontRole::Label) + 28;
  const float named =
      c.capHeight(FontRole::Label) + 24 + c.capHeight(FontRole::Body) + 20 + c.capHeight(FontRole::Label);
  float h = l.headerH + 28 + c.capHeight(FontRole::Label) + 74 + kChartH + 24 + c.capHeight(FontRole::Label) + 22 +
            c.capHeight(FontRole::Label) + 48 + named + c.descent(FontRole::Label);
  l.box = {area.x, area.y + std::max(0.0f, (area.h - h) * 0.5f), area.w, std::min(h, area.h)};
  l.legendBase = l.box.y + l.headerH + 28 + c.capHeight(FontRole::Label);
  l.chartTop = l.legendBase + 74;
  l.baseline = l.chartTop + kChartH;
  l.axisBase = l.baseline + 24 + c.capHeight(FontRole::Label);
  l.bandBase = l.axisBase + 22 + c.capHeight(FontRole::Label);
  l.namedTop = l.bandBase + 48;
  return l;
}

// The key, on one line; given `base2`, it wraps to a second line at `right`.
void drawLegend(Canvas& c, const Look& look, const Battleground& b, float left, float base, float alpha,
                float right = 0, float base2 = 0) {
  const Theme& theme = look.theme();
  struct Key {
    std::string text;
    Rgba colour;
    bool outline;
  };
  std::string ch = look.shortName(b.challenger), def = look.shortName(b.defender);
  const Key keys[] = {{ch + " GAIN", stateColour(look, b, TargetState::Fallen), false},
                      {def + " HOLD", stateColour(look, b, TargetState::Held), false},
                      {"OTHER GAIN", stateColour(look, b, TargetState::Other), false},
                      {"WOULD FALL", look.colour(b.challenger), true},
                      {"AWAITING", stateColour(look, b, TargetState::Awaiting), false}};
  float x = left, cap = c.capHeight(FontRole::Label);
  for (const Key& k : keys) {
    if (base2 > 0 && x > left && x + cap * 1.4f + 12 + c.measure(FontRole::Label, k.text) > right)
      x = left, base = base2, base2 = 0;
    Rect sq{x, base - cap, cap * 1.4f, cap};
    c.fillRect(sq, k.colour.withAlpha(alpha), 2);
    if (k.outline) c.fillRect(sq.inset(3, 3), stateColour(look, b, TargetState::Awaiting).withAlpha(alpha), 1);
    x += sq.w + 12;
    x += c.text(FontRole::Label, k.text, {x, base}, theme.mutedText.withAlpha(alpha)) + 36;
  }
}

// What became of a target, in a few words: "LAB GAIN", "CON HOLD", "AWAITING".
std::string fate(const Look& look, const Battleground& b, const BattlegroundTarget& t) {
  switch (targetState(t, b)) {
  case TargetState::Fallen: return look.shortName(b.challenger) + " GAIN";
  case TargetState::Held: return look.shortName(b.defender) + " HOLD";
  case TargetState::Other: return look.shortName(t.winner) + " GAIN";
  case TargetState::Awaiting: break;
  }
  return "AWAITING";
}

// The first few targets in cells across the panel: a tab in the block's colour, the seat,
// then the swing it needs and what became of it. One type size for every name.
void drawNamed(Canvas& c, const Look& look, const Battleground& b, const Layout& l, size_t count, float alpha) {
  const Theme& theme = look.theme();
  size_t named = std::min({b.targets.size(), count, l.namedMax});
  if (named == 0) return;
  const Rect& box = l.box;
  float base = l.namedTop + c.capHeight(FontRole::Label);
  c.text(FontRole::Label, "TOP TARGETS", {box.x, base}, theme.mutedText.withAlpha(alpha));
  if (l.stacked) { // a list: the seat on the left, what it needs and what became of it on the right
    const float top = base + 8;
    for (size_t i = 0; i < named; ++i) {
      const BattlegroundTarget& t = b.targets[i];
      const float cy = top + kNamedRow * (float(i) + 0.5f);
      TargetState state = targetState(t, b);
      Rgba tab = state == TargetState::Awaiting ? theme.mutedText : stateColour(look, b, state);
      const float capH = c.capHeight(FontRole::Body);
      c.fillRect({box.x, cy - capH * 0.5f - 6, 6, capH + 12}, tab.withAlpha(alpha), 2);
      std::string line = look.percent(t.needed, 1) + " NEEDED  \xC2\xB7  " + fate(look, b, t);
      float w = c.text(FontRole::Label, line, {box.right(), centredBaseline(c, FontRole::Label, cy)},
                       theme.mutedText.withAlpha(alpha), Align::Right);
      c.text(FontRole::Body, typographic(t.name), {box.x + 20, centredBaseline(c, FontRole::Body, cy)},
             theme.lightText.withAlpha(alpha), Align::Left, box.w - 20 - w - 28);
      if (i > 0)
        c.fillRect({box.x, top + kNamedRow * float(i) - 0.75f, box.w, 1.5f}, theme.plateEdge.withAlpha(alpha * 0.8f));
    }
    return;
  }
  const float cellW = box.w / float(named), room = cellW - 20 - 24;
  int step = 0;
  for (size_t i = 0; i < named; ++i)
    step = std::max(step, c.fit(FontRole::Body, typographic(b.targets[i].name), room).step);
  float nameBase = base + 24 + c.capHeight(FontRole::Body), lineBase = nameBase + 20 + c.capHeight(FontRole::Label);
  for (size_t i = 0; i < named; ++i) {
    const BattlegroundTarget& t = b.targets[i];
    float x = box.x + cellW * float(i);
    TargetState state = targetState(t, b);
    Rgba tab = state == TargetState::Awaiting ? theme.mutedText : stateColour(look, b, state);
    c.fillRect({x, nameBase - c.capHeight(FontRole::Body), 6, lineBase - nameBase + c.capHeight(FontRole::Body)},
               tab.withAlpha(alpha), 2);
    c.text(c.fit(FontRole::Body, typographic(t.name), room, step), {x + 20, nameBase},
           theme.lightText.withAlpha(alpha));
    std::string line = look.percent(t.needed, 1) + " NEEDED  \xC2\xB7  " + fate(look, b, t);
    c.text(FontRole::Label, line, {x + 20, lineBase}, theme.mutedText.withAlpha(alpha), Align::Left, room);
  }
}

} // namespace

Expected<SceneOptionsPtr> BattlegroundScene::parseOptions(const nlohmann::json& options) const {
  return shared(parseBattlegroundOptions(options));
}

void BattlegroundScene::draw(const SceneInput& in, Canvas& canvas) const {
  if (!in.results) return;
  const Theme& theme = *in.theme;
  Motion m(in);
  const double E = theme.entrance.seconds;
  float alpha = 1 - m.exit(), open = m.enter() * alpha;
  if (open <= 0) return;
  const BattlegroundOptions& o = optionsOf<BattlegroundOptions>(in);
  Look look(in, in.results);
  Battleground now = battlegroundFor(*in.results, o);
  float u = m.update();
  std::optional<Battleground> before;
  if (u < 1) before = battlegroundFor(*in.previous, o);

  Grid grid(canvas, theme);
  Layout l = layout(canvas, grid, theme, size_t(o.named));
  const Rect& box = l.box;
  Rect plate = unfold(grid.plateAround(box, theme.padding), open);
  canvas.fillRect(plate, theme.plate.withAlpha(alpha), theme.cornerRadius);
  Rgba accent = now.challenger.empty() ? theme.plateEdge : look.colour(now.challenger);
  accentStrip(canvas, plate, kAccent, m.enter(0.1), accent.withAlpha(alpha), theme.cornerRadius);
  Canvas::ClipScope clip(canvas, plate);

  // Header: what this is, the headline figure, what it is based on.
  float a = m.enter(0.1 * E, 0.6 * E) * alpha;
  Rgba white = theme.lightText.withAlpha(a), muted = theme.mutedText.withAlpha(a);
  // The needle swings in on entrance and moves with an update; the headline's figures
  // follow it (the seats that fall at the swing it shows), landing on the model's.
  float needleIn = theme.update.easing(progress(m.sinceTake(), (kNeedleStart + kColumnsStart) * E, kNeedleSeconds));
  std::optional<double> swing = now.nationalSwing;
  if (before && before->nationalSwing && swing) swing = *before->nationalSwing + (*swing - *before->nationalSwing) * u;
  if (swing) swing = *swing * double(needleIn);
  int wouldFall = now.wouldFall;
  if (swing && swing != now.nationalSwing) {
    wouldFall = 0;
    for (const BattlegroundTarget& t : now.targets) wouldFall += t.needed < *swing;
  }
  float y = box.y + canvas.capHeight(FontRole::Label);
  canvas.text(FontRole::Label, overline(look, now), {box.x, y}, muted, Align::Left, box.w);
  y += 30 + canvas.capHeight(FontRole::Headline);
  if (l.stacked) {
    // Two lines each. The headline breaks between words; the subline at its middle dot.
    auto [first, second] = headlineLines(look, now, swing, wouldFall);
    if (second.empty()) std::tie(first, second) = splitToFit(canvas, FontRole::Headline, first, box.w);
    canvas.text(FontRole::Headline, first, {box.x, y}, white, Align::Left, box.w);
    y += 16 + canvas.capHeight(FontRole::Headline);
    if (!second.empty()) canvas.text(FontRole::Headline, second, {box.x, y}, white, Align::Left, box.w);
    y += 28 + canvas.capHeight(FontRole::Label);
    std::string sub = subline(look, now);
    const std::string dot = "  \xC2\xB7  ";
    size_t at = sub.rfind(dot);
    canvas.text(FontRole::Label, sub.substr(0, at), {box.x, y}, muted, Align::Left, box.w);
    y += 14 + canvas.capHeight(FontRole::Label);
    if (at != std::string::npos)
      canvas.text(FontRole::Label, sub.substr(at + dot.size()), {box.x, y}, muted, Align::Left, box.w);
    if (!now.challenger.empty()) drawLegend(canvas, look, now, box.x, l.legendBase, a, box.right(), l.legendBase2);
  } else {
    canvas.text(FontRole::Headline, headline(look, now, swing, wouldFall), {box.x, y}, white, Align::Left, box.w);
    y += 28 + canvas.capHeight(FontRole::Label);
    canvas.text(FontRole::Label, subline(look, now), {box.x, y}, muted, Align::Left, box.w);
    if (!now.challenger.empty()) drawLegend(canvas, look, now, box.x, l.legendBase, a);
  }
  canvas.fillRect({box.x, box.y + l.headerH - 2, box.w, 2}, theme.plateEdge.withAlpha(a));

  if (!now.challenger.empty()) {
    SwingAxis axis = swingAxis(now, before ? &*before : nullptr, box.x, box.w);
    // The zone that falls at the national swing, behind the columns.
    if (swing) {
      double shown = *swing;
      float zero = axis.at(0), x = axis.at(shown);
      Rgba zone = look.colour(shown >= 0 ? now.challenger : now.defender).withAlpha(0.16f * alpha);
      canvas.fillRect({std::min(zero, x), l.chartTop, std::abs(x - zero), l.chartH}, zone);
    }
    int beyond = 0;
    std::vector<TargetBlock> blocks = targetBlocks(now, axis, l.baseline, l.chartH, &beyond);
    std::vector<TargetBlock> was;
    if (before && before->targets.size() == now.targets.size()) was = targetBlocks(*before, axis, l.baseline, l.chartH);
    // Columns rise from the baseline, left to right.
    Rgba awaiting = stateColour(look, now, TargetState::Awaiting);
    for (size_t i = 0; i < blocks.size(); ++i) {
      const TargetBlock& blk = blocks[i];
      float rise = m.enter(kColumnsStart * E + kColumnStagger * blk.column, 0.6 * E);
      if (rise <= 0) continue;
      // The column rises whole out of the baseline.
      Rect r = blk.rect;
      r.y += (1 - rise) * l.chartH;
      if (r.y >= l.baseline) continue;
      r.h = std::min(r.bottom(), l.baseline) - r.y;
      Rgba fill = stateColour(look, now, blk.state);
      if (i < was.size()) fill = lerp(stateColour(look, *before, was[i].state), fill, u);
      // Awaiting seats light up as the needle passes them: they would fall at that swing.
      bool outline = blk.state == TargetState::Awaiting && swing && blk.needed < *swing;
      // Square blocks: hundreds of them, four corners each (rounded ones cost ~4x the vertices).
      canvas.fillRect(r, (outline ? look.colour(now.challenger) : fill).withAlpha(alpha));
      if (outline) canvas.fillRect(r.inset(3, 3), awaiting.withAlpha(alpha));
    }
    // The scale: ticks every point, labels every five, seats per five-point band.
    canvas.fillRect({box.x, l.baseline + 6, box.w, 2}, theme.mutedText.withAlpha(a * 0.6f));
    for (double p = axis.min; p <= axis.max + 1e-9; p += 1) {
      bool major = std::fmod(std::abs(p), 5.0) < 1e-9;
      float x = axis.at(p);
      canvas.fillRect({x - 1, l.baseline + 6, 2, major ? 14.0f : 7.0f}, theme.mutedText.withAlpha(a * 0.6f));
      if (!major) continue;
      std::string label = theme.formatDecimal(p, 0) + (p == 0 ? "%" : "");
      Align align = p <= axis.min + 1e-9 ? Align::Left : p >= axis.max - 1e-9 ? Align::Right : Align::Centre;
      canvas.text(FontRole::Label, label, {x, l.axisBase}, muted, align);
      if (p >= axis.max - 1e-9 || p < 0) continue;
      int n = 0;
      for (const BattlegroundTarget& t : now.targets) n += t.needed >= p && t.needed < p + 5;
      std::string seats = look.count(n) + (n == 1 ? " SEAT" : " SEATS");
      canvas.text(FontRole::Label, seats, {axis.at(p + 2.5), l.bandBase}, theme.lightText.withAlpha(a), Align::Centre);
    }
    if (beyond > 0)
      canvas.text(FontRole::Label, "+" + look.count(beyond) + " NEED OVER " + look.percent(axis.max, 0),
                  {box.right(), l.stacked ? l.legendBase2 : l.legendBase}, muted, Align::Right);
    // The needle at the national swing: eased in on entrance, moving with an update.
    if (swing) {
      float x = axis.at(*swing);
      float na = alpha * std::min(1.0f, needleIn * 4);
      canvas.fillRect({x - kNeedleW * 0.5f, l.chartTop - 20, kNeedleW, l.baseline + 22 - (l.chartTop - 20)},
                      theme.lightText.withAlpha(na));
      std::string flag = theme.formatDecimal(*swing, 1, false) + "%";
      Vec2 size = chipSize(canvas, FontRole::Figures, flag, 14, 10);
      float fx = std::clamp(x - size.x * 0.5f, box.x, box.right() - size.x);
      chip(canvas, FontRole::Figures, flag, fx, l.chartTop - 20 - size.y * 0.5f, Align::Left,
           theme.lightText.withAlpha(na), theme.darkText.withAlpha(na), 14, 10, theme.cornerRadius);
    }
  }

  // The top targets, named, with what became of them.
  float na = m.enter(0.6 * E, 0.6 * E) * alpha;
  if (na > 0) drawNamed(canvas, look, now, l, size_t(o.named), na);
}

bool BattlegroundScene::animating(const SceneInput& in) const {
  const Theme& theme = *in.theme;
  Motion m(in);
  double E = theme.entrance.seconds;
  // Columns: 60 at most on a 30-point scale with half-point columns.
  double columns = kColumnsStart * E + kColumnStagger * 120 + 0.6 * E;
  double entrance = std::max({E, columns, (kNeedleStart + kColumnsStart) * E + kNeedleSeconds, 1.2 * E});
  return m.busy(entrance, 0, theme.exit.seconds);
}

} // namespace landslide
