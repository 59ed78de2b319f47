#include "Declarations.h"

#include "DeclarationsCycle.h"
#include "kit/Captions.h"
#include "kit/Look.h"
#include "kit/Motion.h"
#include "kit/Paint.h"

#include <algorithm>

namespace landslide {

namespace {

constexpr float kStripH = 96;       // the plate's height
constexpr float kRise = 12;         // how far text rises as it changes (the strip's bottom is title-safe's)
constexpr float kTab = 6;           // the holder's colour tab beside a hold
constexpr float kBar = 5;           // the declared-so-far bar under the count
constexpr float kGap = 28;          // between the parts of a line
constexpr double kTextStart = 0.35; // text follows the plate by this much of the entrance
constexpr float kHandOver = 0.45f;  // of a change: the outgoing line is gone, the next begins
// 9:16 and 1:1: a card instead of a strip — the count band across its top, then the
// declaration on two lines (the caption with the majority and time, then the seat).
constexpr float kCardH = 262;
constexpr float kCardLine = 46;  // the caption's line centre, below the count band
constexpr float kCardSeat = 112; // the seat's line centre, below the count band

// What one declaration says, and in whose colour.
struct Line {
  std::string caption; // "LAB GAIN FROM CON", "SPEAKER RE-ELECTED"
  std::string seat;    // "Mid Bedfordshire"
  std::string party;   // the winner's code
  bool gain = false;   // gains speak up; holds stay quiet
  bool toFollow = false;
  std::string majority; // "1,192", "" when unknown
  std::string time;     // "04:40" local to the feed's offset, "" when unknown
};

Line lineFor(const SceneInput& in, const StripItem& item) {
  Line l;
  const DerivedContest& d = *item.contest;
  Look look(in, item.data);
  l.party = d.winner;
  l.gain = d.gain;
  l.caption = resultCaption(look, d);
  if (l.caption.empty()) l.caption = look.shortName(d.winner) + " WIN";
  l.seat = typographic(d.name);
  l.toFollow = d.status == ContestStatus::WinnerOnly || !d.countsKnown;
  if (d.majority && d.countsKnown) l.majority = look.count(*d.majority);
  const Contest* raw = item.data->findContest(d.id);
  if (raw && raw->declaredAt && raw->declaredAt->size() >= 16 && (*raw->declaredAt)[13] == ':')
    l.time = raw->declaredAt->substr(11, 5);
  return l;
}

// The count at the strip's left end: "DECLARED" over "412 OF 650", a bar under it.
void drawCount(Canvas& c, const SceneInput& in, const Rect& anchor, float textLeft, float alpha) {
  // The block and the bar's track are part of the plate; the figures fade in with the text.
  const Theme& theme = *in.theme;
  Motion m(in);
  const ResultsSnapshot* now = in.results;
  int total = now ? now->totals().contests : 0, declared = now ? now->totals().declared : 0;
  int before = m.hasUpdate() ? in.previous->totals().declared : declared;
  float u = m.update();
  c.fillRect(anchor, theme.plateEdge);
  float labelBase = anchor.y + 18 + c.capHeight(FontRole::Label);
  c.text(FontRole::Label, "DECLARED", {textLeft, labelBase}, theme.mutedText.withAlpha(alpha));
  float figBase = anchor.bottom() - kBar - 16;
  // The figure rolls up to the new count with the update; " OF 650" stays put.
  auto figure = [&](int n, float dy, float a) {
    std::string count = theme.formatCount(n);
    float w = c.text(FontRole::Figures, count, {textLeft, figBase + dy}, theme.lightText.withAlpha(a));
    c.text(FontRole::Label, " OF " + theme.formatCount(total), {textLeft + w, figBase + dy},
           theme.mutedText.withAlpha(a));
  };
  if (before != declared && u < 1) {
    Canvas::ClipScope clip(c, anchor);
    figure(before, -kRise * u * 2, alpha * std::clamp(1 - u * 2, 0.0f, 1.0f));
    figure(declared, kRise * 0.5f * (1 - u), alpha * std::clamp(u * 2 - 1, 0.0f, 1.0f)); // title-safe below
  } else {
    figure(declared, 0, alpha);
  }
  // The share of seats declared, growing with the update.
  float share = total > 0 ? float(before + (declared - before) * u) / float(total) : 0;
  Rect bar{anchor.x, anchor.bottom() - kBar, anchor.w, kBar};
  c.fillRect(bar, theme.track);
  c.fillRect({bar.x, bar.y, bar.w * std::clamp(share, 0.0f, 1.0f), bar.h}, theme.lightText.withAlpha(alpha));
}

// One declaration on the strip's line; `dy` shifts it, `wipe` reveals its colour block.
// `seatCy` > 0 puts the seat on a line of its own (the card), the whole area wide.
void drawLine(Canvas& c, const SceneInput& in, const StripItem& item, const Rect& area, float cy, float dy, float alpha,
              float wipe, float seatCy = 0) {
  const Theme& theme = *in.theme;
  if (alpha <= 0) return;
  if (!item.contest) {
    c.text(FontRole::Body, "AWAITING FIRST DECLARATION", {area.x, centredBaseline(c, FontRole::Body, cy) + dy},
           theme.mutedText.withAlpha(alpha), Align::Left, area.w);
    return;
  }
  Look look(in, item.data);
  Line l = lineFor(in, item);
  float x = area.x, right = area.right();
  // Right end first: the time, and the majority before it.
  {
    float base = centredBaseline(c, FontRole::Label, cy) + dy;
    if (!l.time.empty())
      right -= c.text(FontRole::Label, l.time, {right, base}, theme.mutedText.withAlpha(alpha), Align::Right) + kGap;
    if (!l.majority.empty()) {
      float w = c.text(FontRole::Figures, l.majority, {right, centredBaseline(c, FontRole::Figures, cy) + dy},
                       theme.lightText.withAlpha(alpha), Align::Right);
      right -= w + 12;
      right -= c.text(FontRole::Label, "MAJ", {right, base}, theme.mutedText.withAlpha(alpha), Align::Right) + kGap;
    } else if (l.toFollow) {
      right -=
          c.text(FontRole::Label, "RESULT TO FOLLOW", {right, base}, theme.alert.withAlpha(alpha), Align::Right) + kGap;
    }
  }
  Rgba colour = look.colour(l.party);
  if (l.gain) {
    // The gainer's colour block, wiped in from the left as the line arrives.
    Vec2 size = chipSize(c, FontRole::Body, l.caption, 18, 13);
    Rect block{x, cy - size.y * 0.5f + dy, size.x, size.y};
    Canvas::ClipScope clip(c, {block.x, block.y, block.w * std::clamp(wipe, 0.0f, 1.0f), block.h});
    chip(c, FontRole::Body, l.caption, x, cy + dy, Align::Left, colour.withAlpha(alpha),
         look.textOn(l.party, true).withAlpha(alpha), 18, 13, theme.cornerRadius);
    x += size.x + kGap;
  } else {
    // Holds stay quiet: the holder's colour as a thin tab, the caption muted.
    float capH = c.capHeight(FontRole::Body);
    c.fillRect({x, cy - capH - 4 + dy, kTab, capH * 2 + 8}, colour.withAlpha(alpha), 2);
    x += kTab + 16;
    x += c.text(FontRole::Body, l.caption, {x, centredBaseline(c, FontRole::Body, cy) + dy},
                theme.mutedText.withAlpha(alpha)) +
         kGap;
  }
  if (seatCy > 0) {
    c.text(FontRole::Title, l.seat, {area.x, centredBaseline(c, FontRole::Title, seatCy) + dy},
           theme.lightText.withAlpha(alpha), Align::Left, area.w);
    return;
  }
  c.text(FontRole::Title, l.seat, {x, centredBaseline(c, FontRole::Title, cy) + dy}, theme.lightText.withAlpha(alpha),
         Align::Left, std::max(0.0f, right - x));
}

} // namespace

Expected<SceneOptionsPtr> Declarations::parseOptions(const nlohmann::json& options) const {
  return shared(parseDeclarationsOptions(options));
}

void Declarations::draw(const SceneInput& in, Canvas& canvas) const {
  const Theme& theme = *in.theme;
  Motion m(in);
  const double E = theme.entrance.seconds;
  float reveal = m.enter(0, E), leave = m.exit();
  if (reveal <= 0 || leave >= 1) return;
  const DeclarationsOptions& o = optionsOf<DeclarationsOptions>(in);
  Grid grid(canvas, theme);
  const Rect& box = grid.content;

  // The strip along the bottom of title-safe, reaching the sides of action-safe.
  float bottom = std::min(grid.action.bottom(), box.bottom() + theme.padding * 0.5f);
  const bool card = grid.shape != Shape::Wide;
  const float plateH = card ? kCardH : kStripH;
  Rect plate{grid.action.x, bottom - plateH, grid.action.w, plateH};
  float cy = plate.y + kStripH * 0.5f, seatCy = 0;
  // The count block: wide enough for the widest count this election can show.
  int total = in.results ? in.results->totals().contests : 0;
  float countW = canvas.measure(FontRole::Figures, theme.formatCount(std::max(total, 100))) +
                 canvas.measure(FontRole::Label, " OF " + theme.formatCount(total));
  countW = std::max(countW, canvas.measure(FontRole::Label, "DECLARED"));
  Rect anchor{plate.x, plate.y, box.x - plate.x + countW + theme.padding, plate.h};
  Rect items{anchor.right() + theme.padding, plate.y, box.right() - anchor.right() - theme.padding, plate.h};
  if (card) { // the count band across the card's top, its bar the card's width
    anchor = {plate.x, plate.y, plate.w, kStripH};
    items = {box.x, anchor.bottom(), box.w, plate.bottom() - anchor.bottom()};
    cy = items.y + kCardLine;
    seatCy = items.y + kCardSeat;
  }

  // Entrance: the plate wipes in from the left, text follows; the exit wipes it away to
  // the right. Text is revealed, never slid, until the cycle moves it.
  float left = plate.x + plate.w * leave, right = plate.x + plate.w * reveal;
  Canvas::ClipScope wiped(canvas, {left, plate.y, right - left, plate.h});
  canvas.fillRect(plate, theme.plate);
  float textAlpha = m.enter(kTextStart * E, 0.6 * E);
  drawCount(canvas, in, anchor, box.x, textAlpha);

  StripMoment now = stripMoment(in, o);
  Canvas::ClipScope itemsClip(canvas, items);
  if (!now.changing) {
    drawLine(canvas, in, now.shown, items, cy, 0, textAlpha, m.enter(kTextStart * E, E), seatCy);
  } else {
    // One after the other: the outgoing line rises and fades over the first 45 %, then
    // the next rises into place as its colour block wipes in.
    const Animation& a = now.byUpdate ? theme.update : theme.page;
    float t = a.easing(progress(now.since, 0, now.seconds));
    float out = std::clamp(t / kHandOver, 0.0f, 1.0f), next = std::clamp((t - kHandOver) / (1 - kHandOver), 0.0f, 1.0f);
    if (out < 1) drawLine(canvas, in, now.outgoing, items, cy, -kRise * out, textAlpha * (1 - out), 1, seatCy);
    if (next > 0) drawLine(canvas, in, now.shown, items, cy, kRise * (1 - next), textAlpha * next, next, seatCy);
  }
}

bool Declarations::animating(const SceneInput& in) const {
  const Theme& theme = *in.theme;
  Motion m(in);
  double E = theme.entrance.seconds;
  if (m.busy(std::max(E, (kTextStart + 1) * E), 0, theme.exit.seconds)) return true;
  return stripChanging(in, optionsOf<DeclarationsOptions>(in));
}

} // namespace landslide
