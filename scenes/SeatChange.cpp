#include "SeatChange.h"

#include "kit/Captions.h"
#include "kit/Look.h"
#include "kit/Motion.h"
#include "kit/Paint.h"

#include <algorithm>

namespace landslide {

namespace {

constexpr float kBandH = 112;        // the colour band holding the caption
constexpr float kLineGap = 44;       // between the plate's winner line and caption line
constexpr float kSoftEdge = 220;     // width of the wipe's soft leading edge
constexpr double kPlateStart = 0.35; // the plate follows the band by this much of the entrance

// What the banner says and in which colours.
struct Banner {
  std::string caption;  // "LAB GAIN FROM CON"
  std::string from, to; // party codes: the band wipes from `from` into `to` ("" = no wipe)
  Rgba fromColour, toColour, fromInk, toInk;
  std::string line;     // winner, or what is awaited
  std::string party;    // winner's party name
  std::string majority; // "1,192", or "" when unknown
  std::string note;     // the caption line under the winner
};

Banner banner(const Look& look) {
  const DerivedContest& d = *look.contest();
  const Theme& theme = look.theme();
  Banner b;
  b.note = look.caption();
  auto neutral = [&](const std::string& caption, Rgba colour) {
    b.caption = caption;
    b.fromColour = b.toColour = colour;
    b.fromInk = b.toInk = theme.textOn(colour, true);
  };
  if (d.status == ContestStatus::Awaiting) {
    neutral("AWAITING DECLARATION", theme.plateEdge);
    b.line = std::to_string(d.candidates.size()) + " candidates";
    if (look.raw()->electorate) b.party = "Electorate " + look.count(*look.raw()->electorate);
    return b;
  }
  if (d.winner.empty()) {
    const std::string caption = resultCaption(look, d);
    neutral(caption.empty() ? "RESULT TO FOLLOW" : caption, theme.alert);
    b.line = d.status == ContestStatus::Recount ? "Recount under way" : "Result to follow";
    return b;
  }
  b.caption = resultCaption(look, d);
  b.to = d.winner;
  b.from = d.gain ? d.previousWinner : d.winner;
  b.fromColour = look.colour(b.from);
  b.toColour = look.colour(b.to);
  b.fromInk = look.textOn(b.from, true);
  b.toInk = look.textOn(b.to, true);
  for (const DerivedCandidate& c : d.candidates)
    if (c.winner) b.line = look.candidateName(*c.candidate);
  b.party = look.partyName(d.winner);
  if (d.majority && d.countsKnown) b.majority = look.count(*d.majority);
  return b;
}

// The band: one colour, or a wipe from the first into the second with a soft edge.
void drawBand(Canvas& c, const Rect& band, const Banner& b, float wipe, float alpha) {
  c.fillRect(band, b.fromColour.withAlpha(alpha));
  if (b.from == b.to || wipe <= 0) return;
  float edge = band.x - kSoftEdge + (band.w + kSoftEdge) * wipe;
  c.fillRect({band.x, band.y, std::max(0.0f, edge - band.x), band.h}, b.toColour.withAlpha(alpha));
  c.gradientRect({edge, band.y, kSoftEdge, band.h}, b.toColour.withAlpha(alpha), b.toColour.withAlpha(0), true);
}

// Vertical and square: a taller band with the seat over the caption, and the winner,
// party and majority stacked on lines of their own under it, in the lower part of the
// picture (above a vertical feed's caption area).
void drawStacked(Canvas& canvas, const Look& look, const Banner& b, const Grid& grid, const Motion& m) {
  const Theme& theme = look.theme();
  const double E = theme.entrance.seconds;
  const Rect& box = grid.content;
  const float capTitle = canvas.capHeight(FontRole::Title), capHead = canvas.capHeight(FontRole::Headline);
  const float capBody = canvas.capHeight(FontRole::Body);
  const bool hasNote = !b.note.empty(), countsKnown = look.contest()->countsKnown;
  const bool thirdLine = !b.majority.empty() || (b.to.size() && !countsKnown);
  const float bandH = 26 + capTitle + 22 + capHead + 30;
  float plateH = theme.padding * 2 + capTitle + (b.party.empty() ? 0 : 26 + capBody) + (thirdLine ? 34 + capHead : 0) +
                 (hasNote ? 30 + capBody : 0);
  float plateBottom = std::min(grid.action.bottom(), box.bottom() + theme.padding * 0.5f);
  Rect plate{grid.frame.x, plateBottom - plateH, grid.frame.w, plateH};
  Rect band{grid.frame.x, plate.y - bandH, grid.frame.w, bandH};

  float reveal = m.enter(0, E), leave = m.exit();
  float left = grid.frame.w * leave, bandRight = grid.frame.w * reveal;
  float wipe = b.from == b.to ? 1.0f : theme.update.easing(progress(m.sinceTake(), 0.8 * E, theme.update.seconds));
  float textAlpha = m.enter(0.25 * E, 0.6 * E);
  {
    Canvas::ClipScope clip(canvas, {left, band.y, bandRight - left, band.h});
    drawBand(canvas, band, b, wipe, 1);
    Rgba ink = lerp(b.fromInk, b.toInk, wipe).withAlpha(textAlpha);
    float seatBase = band.y + 26 + capTitle;
    canvas.text(canvas.fit(FontRole::Title, upperText(look.title()), box.w), {box.x, seatBase}, ink);
    canvas.text(canvas.fit(FontRole::Headline, b.caption, box.w), {box.x, seatBase + 22 + capHead}, ink);
  }

  float open = m.enter(kPlateStart * E, E);
  if (open <= 0) return;
  Rect shown = unfold(plate, open);
  Canvas::ClipScope clip(canvas, {left, shown.y, grid.frame.w - left, shown.h});
  canvas.fillRect(plate, theme.plate);
  float lineAlpha = m.enter(kPlateStart * E + 0.2, 0.6 * E);
  Rgba white = theme.lightText.withAlpha(lineAlpha), muted = theme.mutedText.withAlpha(lineAlpha);
  float base = plate.y + theme.padding + capTitle;
  canvas.text(canvas.fit(FontRole::Title, b.line, box.w), {box.x, base}, white);
  if (!b.party.empty()) {
    base += 26 + capBody;
    Rgba dot = b.to.empty() ? theme.mutedText : look.colour(b.to);
    canvas.fillCircle({box.x + 7, base - capBody * 0.5f}, 7, dot.withAlpha(lineAlpha));
    canvas.text(FontRole::Body, b.party, {box.x + 30, base}, muted, Align::Left, box.w - 30);
  }
  if (!b.majority.empty()) {
    base += 34 + capHead;
    float w = canvas.text(FontRole::Label, "MAJORITY", {box.x, base}, muted);
    canvas.text(FontRole::Headline, b.majority, {box.x + w + 20, base}, white, Align::Left, box.w - w - 20);
  } else if (thirdLine) {
    base += 34 + capHead;
    canvas.text(FontRole::Label, "FULL RESULT TO FOLLOW", {box.x, base}, muted, Align::Left, box.w);
  }
  if (hasNote) canvas.text(FontRole::Body, b.note, {box.x, base + 30 + capBody}, muted, Align::Left, box.w);
}

} // namespace

void SeatChange::draw(const SceneInput& in, Canvas& canvas) const {
  Look look(in, in.results);
  if (!look.contest()) return;
  const Theme& theme = *in.theme;
  Motion m(in);
  const double E = theme.entrance.seconds;
  float reveal = m.enter(0, E), leave = m.exit();
  if (reveal <= 0 || leave >= 1) return;
  Banner b = banner(look);
  Grid grid(canvas, theme);
  if (grid.shape != Shape::Wide) {
    drawStacked(canvas, look, b, grid, m);
    return;
  }
  const Rect& box = grid.content;

  // Geometry from the bottom of title-safe up: caption line, winner line, band.
  bool hasNote = !b.note.empty();
  float plateH = theme.padding * 2 + canvas.capHeight(FontRole::Title) + (hasNote ? kLineGap + 4 : 0);
  float plateBottom = std::min(grid.action.bottom(), box.bottom() + theme.padding * 0.5f);
  Rect plate{grid.frame.x, plateBottom - plateH, grid.frame.w, plateH};
  Rect band{grid.frame.x, plate.y - kBandH, grid.frame.w, kBandH};

  // Entrance: the band wipes in from the left, the plate unfolds under it; the exit
  // wipes both away to the right. Text stays put: it is revealed, never slid.
  float left = grid.frame.w * leave;
  float bandRight = grid.frame.w * reveal;
  float wipe = b.from == b.to ? 1.0f : theme.update.easing(progress(m.sinceTake(), 0.8 * E, theme.update.seconds));
  float textAlpha = m.enter(0.25 * E, 0.6 * E);
  {
    Canvas::ClipScope clip(canvas, {left, band.y, bandRight - left, band.h});
    drawBand(canvas, band, b, wipe, 1);
    Rgba ink = lerp(b.fromInk, b.toInk, wipe).withAlpha(textAlpha);
    float capBase = centredBaseline(canvas, FontRole::Headline, band.y + band.h * 0.5f);
    TextRun seat = canvas.fit(FontRole::Title, upperText(look.title()), box.w * 0.42f);
    TextRun caption = canvas.fit(FontRole::Headline, b.caption, box.w - seat.width - 48);
    canvas.text(caption, {box.x, capBase}, ink);
    canvas.text(seat, {box.right(), centredBaseline(canvas, FontRole::Title, band.y + band.h * 0.5f, seat.step)}, ink,
                Align::Right);
  }

  float open = m.enter(kPlateStart * E, E);
  if (open <= 0) return;
  Rect shown = unfold(plate, open);
  Canvas::ClipScope clip(canvas, {left, shown.y, grid.frame.w - left, shown.h});
  canvas.fillRect(plate, theme.plate);
  float lineAlpha = m.enter(kPlateStart * E + 0.2, 0.6 * E);
  Rgba white = theme.lightText.withAlpha(lineAlpha), muted = theme.mutedText.withAlpha(lineAlpha);
  float lineBase = plate.y + theme.padding + canvas.capHeight(FontRole::Title);
  // Majority on the right, the winner and party filling what is left.
  float majorityW = 0;
  if (!b.majority.empty()) {
    FontRole big = FontRole::Headline;
    float figBase = plate.y + plate.h * 0.5f + canvas.capHeight(big) * 0.5f;
    majorityW = canvas.text(big, b.majority, {box.right(), figBase}, white, Align::Right);
    canvas.text(FontRole::Label, "MAJORITY", {box.right() - majorityW - 24, figBase}, muted, Align::Right);
    majorityW += 24 + canvas.measure(FontRole::Label, "MAJORITY") + 48;
  } else if (b.to.size() && !look.contest()->countsKnown) {
    float base = centredBaseline(canvas, FontRole::Label, plate.y + plate.h * 0.5f);
    majorityW = canvas.text(FontRole::Label, "FULL RESULT TO FOLLOW", {box.right(), base}, muted, Align::Right) + 48;
  }
  float room = box.w - majorityW;
  TextRun winner = canvas.fit(FontRole::Title, b.line, room * 0.62f);
  canvas.text(winner, {box.x, lineBase}, white);
  if (!b.party.empty()) {
    Rgba dot = b.to.empty() ? theme.mutedText : look.colour(b.to);
    float x = box.x + winner.width + 26;
    canvas.fillCircle({x, lineBase - canvas.capHeight(FontRole::Title) * 0.5f}, 7, dot.withAlpha(lineAlpha));
    canvas.text(FontRole::Body, b.party, {x + 26, lineBase}, muted, Align::Left, box.x + room - x - 26);
  }
  if (hasNote) canvas.text(FontRole::Body, b.note, {box.x, lineBase + kLineGap}, muted, Align::Left, room);
}

bool SeatChange::animating(const SceneInput& in) const {
  const Theme& theme = *in.theme;
  Motion m(in);
  double E = theme.entrance.seconds;
  double entrance = std::max({(kPlateStart + 1) * E, 0.8 * E + theme.update.seconds, kPlateStart * E + 0.2 + 0.6 * E});
  return m.busy(entrance, 0, theme.exit.seconds);
}

} // namespace landslide
