#include "Swing.h"
#include "Placement.h"
#include "SwingLayout.h"
#include "kit/Captions.h"

#include <algorithm>
#include <cmath>

namespace landslide {

namespace {

constexpr float kWidth = 1320; // panel content width at most
constexpr float kBodyH = 460;  // below the header
constexpr float kAccent = 8;
constexpr double kPageOut = 0.4;     // the old page fades in this fraction of the page time
constexpr double kGrowStart = 0.3;   // the arrow starts this fraction of the entrance after TAKE
constexpr double kGrowLength = 1.6;  // and runs this many entrances long
constexpr float kMaxAngle = 1.0472f; // 60°: the steepest the arrow climbs
constexpr double kFullScale = 25;    // a swing of this many points gives the longest, steepest arrow

float headerHeight(const Canvas& c) { return c.capHeight(FontRole::Headline) + 40 + c.capHeight(FontRole::Label) + 40; }

// Vertical and square: the result chip under the election, on a line of its own.
float chipLineHeight(const Canvas& c) { return c.capHeight(FontRole::Title, 2) + 24 + 30; }

constexpr float kStackedArrowH = 450; // vertical: the arrow's part of the body, above the figure
constexpr float kStackedBodyH = 760;
constexpr float kStackedArrowW = 520;

} // namespace

SwingPanel stackedSwingPanel(const Canvas& canvas, const Theme& theme, SwingPanel p);

SwingFacts swingFacts(const Look& look) {
  SwingFacts f;
  const DerivedContest& d = *look.contest();
  if (!look.raw()->previous)
    f.unavailable = "NO PREVIOUS RESULT TO COMPARE";
  else if (d.status == ContestStatus::Awaiting)
    f.unavailable = "AWAITING DECLARATION";
  else if (d.status == ContestStatus::Recount)
    f.unavailable = "SWING FOLLOWS THE RECOUNT";
  else if (!d.countsKnown)
    f.unavailable = "SWING FOLLOWS THE FULL RESULT";
  if (!f.unavailable.empty()) return f;
  f.swing = d.swing;
  f.defender = d.previousWinner;
  f.challenger = d.challenger;
  if (!f.defender.empty() && !f.challenger.empty() && f.defender != f.challenger)
    f.towardsChallenger = butlerSwing(d, f.defender, f.challenger);
  f.needed = d.challengerNeeded;
  if (!f.swing) f.unavailable = "NO TWO-PARTY SWING FOR THIS RESULT";
  return f;
}

SwingPanel swingPanel(const Canvas& canvas, const Theme& theme) {
  SwingPanel p{Grid(canvas, theme), {}, {}, {}, {}, {}, 0, false};
  if (p.grid.shape != Shape::Wide) return stackedSwingPanel(canvas, theme, std::move(p));
  float w = std::min(kWidth, p.grid.content.w), h = headerHeight(canvas) + kBodyH;
  const Rect& g = p.grid.content;
  p.content = {g.x + (g.w - w) * 0.5f, g.y + (g.h - h) * 0.5f, w, h};
  p.body = {p.content.x, p.content.y + headerHeight(canvas), w, kBodyH};
  const Rect& body = p.body;
  p.arrow = {body.x, body.y + 30, body.w * 0.5f - 30, body.h - 60};
  const float x = body.x + body.w * 0.52f;
  p.figures = {x, body.y, body.right() - x, body.h};
  p.dial = body;
  p.legendTop = body.y + 28;
  return p;
}

// Square keeps 16:9's side-by-side body in its narrower width; vertical stacks the arrow
// (or dial) over the figures, the plate in the lower middle of the picture.
SwingPanel stackedSwingPanel(const Canvas& canvas, const Theme& theme, SwingPanel p) {
  p.chipLine = true;
  const bool vertical = p.grid.shape == Shape::Vertical;
  const Rect g = p.grid.panelContent(theme.padding + 8);
  const float headerH = headerHeight(canvas) + chipLineHeight(canvas), bodyH = vertical ? kStackedBodyH : kBodyH;
  const float w = g.w, h = headerH + bodyH;
  p.content = {g.x, placeTop(g, h, p.grid.frame, p.grid.shape), w, h};
  const Rect body{p.content.x, p.content.y + headerH, w, bodyH};
  p.body = body;
  if (!vertical) {
    p.arrow = {body.x, body.y + 30, body.w * 0.5f - 30, body.h - 60};
    const float x = body.x + body.w * 0.52f;
    p.figures = {x, body.y, body.right() - x, body.h};
    p.dial = body;
    p.legendTop = body.y + 28;
    return p;
  }
  p.arrow = {body.x + (body.w - kStackedArrowW) * 0.5f, body.y + 30, kStackedArrowW, kStackedArrowH - 30};
  p.figures = {body.x, body.y + kStackedArrowH, body.w, body.h - kStackedArrowH};
  // The dial and its legends as one block, centred in the body.
  const float legendH = 52 + canvas.capHeight(FontRole::Label) + 16 + canvas.capHeight(FontRole::Title) + 28;
  const float dialTop = body.y + (body.h - kBodyH - legendH) * 0.5f;
  p.dial = {body.x, dialTop, body.w, kBodyH};
  p.legendTop = dialTop + kBodyH + 52; // clear of the figure under the hub
  return p;
}

void drawSwingArrow(const SwingPaint& p, float grow, float alpha) {
  Canvas& c = p.canvas;
  const Theme& theme = p.look.theme();
  const Rect& body = p.panel.body;
  if (!p.facts.swing) {
    c.text(FontRole::Title, p.facts.unavailable,
           {body.x + body.w * 0.5f, centredBaseline(c, FontRole::Title, body.y + body.h * 0.45f)},
           theme.mutedText.withAlpha(alpha), Align::Centre, body.w);
    return;
  }
  const SwingFigure& s = *p.facts.swing;
  Rgba from = p.look.colour(s.from), to = p.look.colour(s.to);

  // The arrow climbs from a baseline: both its angle and its length scale with the swing.
  const Rect area = p.panel.arrow;
  float lmax = std::min(area.w - 60, (area.h - 30) / std::sin(kMaxAngle));
  float scale = float(std::min(s.points / kFullScale, 1.0)) * grow;
  float angle = kMaxAngle * scale, length = std::max(lmax * scale, 60.0f * grow);
  Vec2 origin{area.x + 40, area.bottom() - 10};
  Vec2 tip{origin.x + length * std::cos(angle), origin.y - length * std::sin(angle)};
  c.fillRect({origin.x, origin.y - 1, lmax, 2}, theme.plateEdge.withAlpha(alpha));
  if (angle > 0.02f) {
    // The angle, as a faint arc between the baseline and the shaft.
    c.strokeArc(origin, lmax * 0.42f, -angle, 0, 3, theme.mutedText.withAlpha(alpha * 0.5f));
  }
  if (grow > 0) {
    // The head keeps its proportions on a short arrow rather than swallowing it.
    float head = std::clamp(length * 0.36f, 36.0f, 84.0f);
    c.arrow(origin, tip, std::min(36.0f, head * 0.45f), head * 1.2f, head, from.withAlpha(alpha), to.withAlpha(alpha));
  }

  // The quoted figure on the right: SWING / CON to LAB / 20.5%.
  const Rect& fig = p.panel.figures;
  float x = fig.x, room = fig.w;
  Rgba muted = theme.mutedText.withAlpha(alpha);
  FontRole big = role(c, FontRole::Display, FontRole::Headline);
  const float chipH = c.capHeight(FontRole::Title) + 24;
  const float stackH = c.capHeight(FontRole::Label) + 34 + chipH + 36 + c.capHeight(big) + 52;
  float y = fig.y + (fig.h - stackH) * 0.5f + c.capHeight(FontRole::Label);
  c.text(FontRole::Label, "SWING SINCE " + upperText(p.look.previousLabel()), {x, y}, muted, Align::Left, room);
  y += 34 + chipH * 0.5f;
  Rect a = chip(c, FontRole::Title, p.look.shortName(s.from), x, y, Align::Left, from.withAlpha(alpha),
                p.look.textOn(s.from, true).withAlpha(alpha), 18, 12, theme.cornerRadius);
  float tx = a.right() + 20;
  tx += c.text(FontRole::Title, "TO", {tx, centredBaseline(c, FontRole::Title, y)}, muted) + 20;
  chip(c, FontRole::Title, p.look.shortName(s.to), tx, y, Align::Left, to.withAlpha(alpha),
       p.look.textOn(s.to, true).withAlpha(alpha), 18, 12, theme.cornerRadius);
  y += a.h * 0.5f + 36 + c.capHeight(big);
  c.text(big, p.look.percent(s.points * grow), {x - 4, y}, theme.lightText.withAlpha(alpha), Align::Left, room);
  y += 52;
  c.text(FontRole::Label, "Two-party (Butler) swing in share of the vote", {x, y}, muted, Align::Left, room);
}

void Swing::draw(const SceneInput& in, Canvas& canvas) const {
  Look look(in, in.results);
  if (!look.contest()) return;
  const Theme& theme = *in.theme;
  Motion m(in);
  const double E = theme.entrance.seconds, P = theme.page.seconds;
  float alpha = 1 - m.exit(), open = m.enter() * alpha;
  if (open <= 0) return;
  SwingFacts facts = swingFacts(look);
  SwingPanel panel = swingPanel(canvas, theme);
  SwingPaint p{canvas, look, facts, panel};

  Rect plate = unfold(panel.grid.plateAround(panel.content, theme.padding + 8), open);
  canvas.fillRect(plate, theme.plate.withAlpha(alpha), theme.cornerRadius);
  const DerivedContest& d = *look.contest();
  Rgba accent = d.winner.empty() ? theme.plateEdge : look.colour(d.winner);
  accentStrip(canvas, plate, kAccent, m.enter(0.1), accent.withAlpha(alpha), theme.cornerRadius);
  Canvas::ClipScope clip(canvas, plate);

  float a = m.enter(0.1 * E, 0.6 * E) * alpha;
  const Rect& box = panel.content;
  float base = box.y + canvas.capHeight(FontRole::Headline);
  float chipW = 0;
  if (const std::string caption = resultCaption(look, d); panel.chipLine && !d.winner.empty() && !caption.empty()) {
    TextRun run = canvas.fit(FontRole::Title, caption, box.w - 36, 2);
    float cy = base + 40 + canvas.capHeight(FontRole::Label) + 30 + (canvas.capHeight(FontRole::Title, 2) + 24) * 0.5f;
    chip(canvas, FontRole::Title, run.text, box.x, cy, Align::Left, look.colour(d.winner).withAlpha(a),
         look.textOn(d.winner, true).withAlpha(a), 18, 12, theme.cornerRadius, run.step);
  } else if (!d.winner.empty() && !caption.empty()) {
    Rect r = chip(canvas, FontRole::Title, caption, box.right(), base - canvas.capHeight(FontRole::Headline) * 0.5f,
                  Align::Right, look.colour(d.winner).withAlpha(a), look.textOn(d.winner, true).withAlpha(a), 18, 12,
                  theme.cornerRadius, 2);
    chipW = r.w + 40;
  }
  canvas.text(FontRole::Headline, upperText(look.title()), {box.x, base}, theme.lightText.withAlpha(a), Align::Left,
              box.w - chipW);
  canvas.text(FontRole::Label, look.subtitle(), {box.x, base + 40 + canvas.capHeight(FontRole::Label)},
              theme.mutedText.withAlpha(a), Align::Left, box.w);
  canvas.fillRect({box.x, panel.body.y - 1, box.w, 2}, theme.plateEdge.withAlpha(a));

  float grow = theme.entrance.easing(progress(m.sinceTake(), kGrowStart * E, kGrowLength * E));
  const float fold = beforeEdge(plate.bottom() - theme.padding, panel.body.y, panel.body.bottom());
  float bodyAlpha = m.enter(kGrowStart * E, 0.5 * E) * alpha * fold;
  if (in.timing.page == 0) {
    drawSwingArrow(p, grow, bodyAlpha);
  } else {
    float fade = 1 - m.page(0, kPageOut * P);
    if (fade > 0) drawSwingArrow(p, 1, bodyAlpha * fade);
    float needle = theme.update.easing(progress(m.sincePage(), kPageOut * P, theme.update.seconds + P));
    drawSwingDial(p, needle, m.page(kPageOut * P, 0.6 * P) * alpha * fold);
  }
}

bool Swing::animating(const SceneInput& in) const {
  const Theme& theme = *in.theme;
  Motion m(in);
  double E = theme.entrance.seconds, P = theme.page.seconds;
  double entrance = (kGrowStart + kGrowLength) * E;
  double page = kPageOut * P + theme.update.seconds + P;
  return m.busy(entrance, page, theme.exit.seconds);
}

} // namespace landslide
