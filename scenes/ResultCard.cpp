#include "ResultCard.h"

#include "Placement.h"

#include "kit/Captions.h"
#include "kit/Look.h"
#include "kit/Motion.h"
#include "kit/Paint.h"

#include <algorithm>

namespace landslide {

namespace {

constexpr float kWidth = 1320; // the card's content width at most
constexpr float kBlock = 168;  // the winner's colour square
constexpr float kAccent = 8;
constexpr double kBlockStart = 0.3, kCellsStart = 0.55; // fractions of the entrance

struct Cell {
  std::string label, value, sub;
};

struct Card {
  struct Chip {
    std::string text;
    Rgba fill;
    std::string party; // whose colour it is; "" for a status
  };
  std::vector<Chip> chips;               // status, then the result
  std::string code;                      // winner's party, "" when none
  std::string name, party, votes, share; // the winner's block
  std::string message;                   // instead of a winner: AWAITING DECLARATION …
  std::string detail;                    // under the message
  std::vector<Cell> cells;
};

Card card(const Look& look) {
  const DerivedContest& d = *look.contest();
  const Theme& theme = look.theme();
  Card c;
  if (d.status == ContestStatus::WinnerOnly) c.chips.push_back({"WINNER ONLY", theme.alert, ""});
  if (d.status == ContestStatus::Recount) c.chips.push_back({"RECOUNT", theme.alert, ""});
  if (d.status == ContestStatus::Corrected) c.chips.push_back({"CORRECTED", theme.alert, ""});
  if (std::string caption = resultCaption(look, d); !d.winner.empty() && !caption.empty())
    c.chips.push_back({caption, look.colour(d.winner), d.winner});

  const Contest& raw = *look.raw();
  std::string held = d.previousWinner.empty() ? std::string() : look.shortName(d.previousWinner);
  if (d.winner.empty()) {
    c.message = d.status == ContestStatus::Recount ? "RECOUNT UNDER WAY" : "AWAITING DECLARATION";
    if (d.status == ContestStatus::Recount && d.countsKnown && d.candidates.size() >= 2)
      c.detail = "First count: " + look.partyName(d.candidates[0].party) + " ahead by " +
                 look.count(d.candidates[0].candidate->votes - d.candidates[1].candidate->votes);
    else
      c.detail = std::to_string(d.candidates.size()) + " candidates standing";
  } else {
    c.code = d.winner;
    c.party = look.partyName(d.winner);
    for (const DerivedCandidate& dc : d.candidates)
      if (dc.winner) {
        c.name = look.candidateName(*dc.candidate);
        if (d.countsKnown) c.votes = look.count(dc.candidate->votes), c.share = look.share(dc.share);
      }
  }

  if (d.countsKnown && d.majority && !d.winner.empty())
    c.cells.push_back(
        {"MAJORITY", look.count(*d.majority), d.majorityPct ? look.share(*d.majorityPct) + " of votes" : ""});
  if (d.turnoutPct && d.countsKnown) {
    std::string sub = d.turnoutChange ? look.change(*d.turnoutChange) + " since " + look.previousLabel() : "";
    c.cells.push_back({"TURNOUT", look.percent(*d.turnoutPct), sub});
  }
  if (raw.electorate > 0) c.cells.push_back({"ELECTORATE", look.count(*raw.electorate), ""});
  if (d.swing && d.countsKnown)
    c.cells.push_back(
        {"SWING", look.percent(d.swing->points), look.shortName(d.swing->from) + " TO " + look.shortName(d.swing->to)});
  else if (!held.empty() && (d.winner.empty() || !d.countsKnown))
    c.cells.push_back({"HELD BY", held, look.previousLabel()});
  return c;
}

// Vertical and square: the same card reflowed to a column — header, the winner's block,
// the share as a hero figure on a line of its own, then the figures two by two.
void drawTall(Canvas& canvas, const Look& look, const Card& cd, const Grid& grid, const Motion& m) {
  const Theme& theme = look.theme();
  const double E = theme.entrance.seconds;
  float alpha = 1 - m.exit(), open = m.enter() * alpha;
  const float capLabel = canvas.capHeight(FontRole::Label), capHead = canvas.capHeight(FontRole::Headline);
  const float capTitle = canvas.capHeight(FontRole::Title);
  const FontRole big = role(canvas, FontRole::Display, FontRole::Headline);
  const float capBig = canvas.capHeight(big);
  const float headerH = capLabel + 34 + capHead + 30 + capLabel + 36;
  const float heroH = cd.share.empty() ? 0 : 30 + capLabel + 24 + capBig;
  const float cellH = 24 + capLabel + 24 + capTitle + 22 + capLabel + 22;
  const size_t cellRows = (cd.cells.size() + 1) / 2;
  const float cellsH = cellH * float(std::max<size_t>(cellRows, 1));
  const float h = headerH + 20 + kBlock + heroH + 24 + cellsH + canvas.descent(FontRole::Label);
  const Rect area = grid.panelContent(theme.padding + 8);
  Rect box{area.x, placeTop(area, h, grid.frame, grid.shape), area.w, h};
  Rect plate = unfold(grid.plateAround(box, theme.padding + 8), open);
  canvas.fillRect(plate, theme.plate.withAlpha(alpha), theme.cornerRadius);
  Rgba accent = cd.code.empty() ? theme.plateEdge : look.colour(cd.code);
  accentStrip(canvas, plate, kAccent, m.enter(0.1), accent.withAlpha(alpha), theme.cornerRadius);
  Canvas::ClipScope clip(canvas, plate);

  // Header: overline and chips, seat, election.
  float a = m.enter(0.15 * E, 0.6 * E) * alpha;
  Rgba white = theme.lightText.withAlpha(a), muted = theme.mutedText.withAlpha(a);
  float y = box.y + capLabel;
  float overW = canvas.text(FontRole::Label, cd.code.empty() ? "CONSTITUENCY" : "DECLARATION", {box.x, y}, muted);
  float chipRight = box.right();
  for (auto it = cd.chips.rbegin(); it != cd.chips.rend(); ++it) {
    Rgba ink = it->party.empty() ? theme.textOn(it->fill, true) : look.textOn(it->party, true);
    TextRun run = canvas.fit(FontRole::Title, it->text, chipRight - box.x - overW - 24 - 32, 3);
    Rect r = chip(canvas, FontRole::Title, run.text, chipRight, y - capLabel * 0.5f, Align::Right,
                  it->fill.withAlpha(a), ink.withAlpha(a), 16, 11, theme.cornerRadius, run.step);
    chipRight = r.x - 12;
  }
  y += 34 + capHead;
  canvas.text(canvas.fit(FontRole::Headline, upperText(look.title()), box.w), {box.x, y}, white);
  y += 30 + capLabel;
  canvas.text(FontRole::Label, look.subtitle(), {box.x, y}, muted, Align::Left, box.w);
  y += 36;
  canvas.fillRect({box.x, y - 1, box.w, 2}, theme.plateEdge.withAlpha(a));

  // The winner's block, name, party and votes; then the share under it.
  const float blockY = y + 20, edge = plate.bottom() - theme.padding;
  float b = m.enter(kBlockStart * E) * alpha, bt = m.enter((kBlockStart + 0.15) * E, 0.6 * E) * alpha;
  bt *= beforeEdge(edge, blockY, blockY + kBlock + heroH);
  if (!cd.code.empty()) {
    Rgba colour = look.colour(cd.code);
    canvas.fillRect(unfold({box.x, blockY, kBlock, kBlock}, b), colour.withAlpha(alpha), theme.cornerRadius);
    TextRun code = canvas.fit(FontRole::Title, look.shortName(cd.code), kBlock - 24);
    canvas.text(code,
                {box.x + kBlock * 0.5f, centredBaseline(canvas, FontRole::Title, blockY + kBlock * 0.5f, code.step)},
                look.textOn(cd.code, true).withAlpha(bt), Align::Centre);
    float x = box.x + kBlock + 32, room = box.right() - x;
    float base = blockY + 12 + capTitle;
    canvas.text(canvas.fit(FontRole::Title, cd.name, room), {x, base}, theme.lightText.withAlpha(bt));
    base += 26 + canvas.capHeight(FontRole::Body);
    canvas.text(FontRole::Body, cd.party, {x, base}, theme.mutedText.withAlpha(bt), Align::Left, room);
    base += 34 + canvas.capHeight(FontRole::Figures);
    if (!cd.votes.empty()) {
      ProportionalDigits digits(canvas);
      float vx = x + canvas.text(FontRole::Figures, cd.votes, {x, base}, theme.lightText.withAlpha(bt));
      canvas.text(FontRole::Body, " votes", {vx, base}, theme.mutedText.withAlpha(bt));
    } else {
      canvas.text(FontRole::Body, "Votes to follow", {x, base}, theme.mutedText.withAlpha(bt));
    }
    if (!cd.share.empty()) {
      float sb = blockY + kBlock + 30 + capLabel;
      canvas.text(FontRole::Label, "SHARE OF THE VOTE", {box.x, sb}, theme.mutedText.withAlpha(bt));
      ProportionalDigits digits(canvas);
      canvas.text(big, cd.share, {box.x - 4, sb + 24 + capBig}, theme.lightText.withAlpha(bt), Align::Left, box.w);
    }
  } else {
    float cy = blockY + kBlock * 0.5f;
    canvas.text(canvas.fit(FontRole::Headline, cd.message, box.w), {box.x, cy}, theme.lightText.withAlpha(bt));
    canvas.text(FontRole::Body, cd.detail, {box.x, cy + 24 + canvas.capHeight(FontRole::Body)},
                theme.mutedText.withAlpha(bt), Align::Left, box.w);
  }

  // The figures, two to a row.
  const float cellsY = blockY + kBlock + heroH + 24, cellW = box.w * 0.5f;
  canvas.fillRect({box.x, cellsY - 1, box.w, 2}, theme.plateEdge.withAlpha(a));
  for (size_t i = 0; i < cd.cells.size(); ++i) {
    const Cell& cell = cd.cells[i];
    const size_t col = i % 2, row = i / 2;
    const float top = cellsY + cellH * float(row);
    float ca = m.enter(kCellsStart * E + theme.stagger * double(i), 0.6 * E) * alpha;
    ca *= beforeEdge(edge, top, top + cellH);
    if (ca <= 0) continue;
    float x = box.x + cellW * float(col) + (col ? 28 : 0), room = cellW - (col ? 28 : 0) - 16;
    if (col) canvas.fillRect({box.x + cellW - 1, top + 24, 2, cellH - 24}, theme.plateEdge.withAlpha(ca));
    if (row) canvas.fillRect({box.x, top - 1, box.w, 2}, theme.plateEdge.withAlpha(ca * 0.6f));
    float base = top + 24 + capLabel;
    canvas.text(FontRole::Label, cell.label, {x, base}, theme.mutedText.withAlpha(ca), Align::Left, room);
    base += 24 + capTitle;
    {
      ProportionalDigits digits(canvas);
      canvas.text(FontRole::Title, cell.value, {x, base}, theme.lightText.withAlpha(ca), Align::Left, room);
    }
    base += 22 + capLabel;
    if (!cell.sub.empty())
      canvas.text(FontRole::Label, cell.sub, {x, base}, theme.mutedText.withAlpha(ca), Align::Left, room);
  }
}

} // namespace

void ResultCard::draw(const SceneInput& in, Canvas& canvas) const {
  Look look(in, in.results);
  if (!look.contest()) return;
  const Theme& theme = *in.theme;
  Motion m(in);
  const double E = theme.entrance.seconds;
  float alpha = 1 - m.exit(), open = m.enter() * alpha;
  if (open <= 0) return;
  Card cd = card(look);
  Grid grid(canvas, theme);
  if (grid.shape != Shape::Wide) {
    drawTall(canvas, look, cd, grid, m);
    return;
  }

  const float capLabel = canvas.capHeight(FontRole::Label), capHead = canvas.capHeight(FontRole::Headline);
  const float capTitle = canvas.capHeight(FontRole::Title);
  const float headerH = capLabel + 34 + capHead + 30 + capLabel + 36;
  const float cellsH = capLabel + 24 + capTitle + 22 + capLabel;
  const float h = headerH + 20 + kBlock + 20 + 24 + cellsH + canvas.descent(FontRole::Label);
  const float w = std::min(kWidth, grid.content.w);
  Rect box{grid.content.x + (grid.content.w - w) * 0.5f, grid.content.y + (grid.content.h - h) * 0.5f, w, h};
  Rect plate = unfold(grid.plateAround(box, theme.padding + 8), open);
  canvas.fillRect(plate, theme.plate.withAlpha(alpha), theme.cornerRadius);
  Rgba accent = cd.code.empty() ? theme.plateEdge : look.colour(cd.code);
  accentStrip(canvas, plate, kAccent, m.enter(0.1), accent.withAlpha(alpha), theme.cornerRadius);
  Canvas::ClipScope clip(canvas, plate);

  // Header: overline, seat, election; chips on the right.
  float a = m.enter(0.15 * E, 0.6 * E) * alpha;
  Rgba white = theme.lightText.withAlpha(a), muted = theme.mutedText.withAlpha(a);
  float y = box.y + capLabel;
  canvas.text(FontRole::Label, cd.code.empty() ? "CONSTITUENCY" : "DECLARATION", {box.x, y}, muted);
  float chipRight = box.right();
  for (auto it = cd.chips.rbegin(); it != cd.chips.rend(); ++it) {
    Rgba ink = it->party.empty() ? theme.textOn(it->fill, true) : look.textOn(it->party, true);
    Rect r = chip(canvas, FontRole::Title, it->text, chipRight, y - capLabel * 0.5f, Align::Right,
                  it->fill.withAlpha(a), ink.withAlpha(a), 16, 11, theme.cornerRadius, 3);
    chipRight = r.x - 12;
  }
  y += 34 + capHead;
  canvas.text(FontRole::Headline, upperText(look.title()), {box.x, y}, white, Align::Left, box.w);
  y += 30 + capLabel;
  canvas.text(FontRole::Label, look.subtitle(), {box.x, y}, muted, Align::Left, box.w);
  y += 36;
  canvas.fillRect({box.x, y - 1, box.w, 2}, theme.plateEdge.withAlpha(a));

  // The winner: a square in party colour with its short name, then name, party, votes.
  float blockY = y + 20;
  const float edge = plate.bottom() - theme.padding;
  float b = m.enter(kBlockStart * E) * alpha, bt = m.enter((kBlockStart + 0.15) * E, 0.6 * E) * alpha;
  bt *= beforeEdge(edge, blockY, blockY + kBlock);
  if (!cd.code.empty()) {
    Rgba colour = look.colour(cd.code);
    canvas.fillRect(unfold({box.x, blockY, kBlock, kBlock}, b), colour.withAlpha(alpha), theme.cornerRadius);
    TextRun code = canvas.fit(FontRole::Title, look.shortName(cd.code), kBlock - 24);
    canvas.text(code,
                {box.x + kBlock * 0.5f, centredBaseline(canvas, FontRole::Title, blockY + kBlock * 0.5f, code.step)},
                look.textOn(cd.code, true).withAlpha(bt), Align::Centre);
    // The winner's share as the block's hero figure, on the right.
    float shareW = 0;
    if (!cd.share.empty()) {
      FontRole big = role(canvas, FontRole::Display, FontRole::Headline);
      int step = stepForCapHeight(canvas, big, kBlock * 0.42f);
      ProportionalDigits digits(canvas);
      float figBase = blockY + kBlock - 8;
      shareW = canvas.text(TextRun{big, step, cd.share, canvas.measure(big, cd.share, step)}, {box.right(), figBase},
                           theme.lightText.withAlpha(bt), Align::Right);
      canvas.text(FontRole::Label, "SHARE OF THE VOTE", {box.right(), figBase - canvas.capHeight(big, step) - 22},
                  theme.mutedText.withAlpha(bt), Align::Right);
      shareW = std::max(shareW, canvas.measure(FontRole::Label, "SHARE OF THE VOTE")) + 48;
    }
    float x = box.x + kBlock + 36, room = box.right() - x - shareW;
    float base = blockY + 12 + capTitle;
    canvas.text(FontRole::Title, cd.name, {x, base}, theme.lightText.withAlpha(bt), Align::Left, room);
    base += 26 + canvas.capHeight(FontRole::Body);
    canvas.text(FontRole::Body, cd.party, {x, base}, theme.mutedText.withAlpha(bt), Align::Left, room);
    base += 34 + canvas.capHeight(FontRole::Figures);
    if (!cd.votes.empty()) {
      ProportionalDigits digits(canvas); // static, and flush with the name above
      float vx = x + canvas.text(FontRole::Figures, cd.votes, {x, base}, theme.lightText.withAlpha(bt));
      canvas.text(FontRole::Body, " votes", {vx, base}, theme.mutedText.withAlpha(bt));
    } else {
      canvas.text(FontRole::Body, "Votes to follow", {x, base}, theme.mutedText.withAlpha(bt));
    }
  } else {
    float cy = blockY + kBlock * 0.5f;
    canvas.text(FontRole::Headline, cd.message, {box.x, cy}, theme.lightText.withAlpha(bt), Align::Left, box.w);
    canvas.text(FontRole::Body, cd.detail, {box.x, cy + 24 + canvas.capHeight(FontRole::Body)},
                theme.mutedText.withAlpha(bt), Align::Left, box.w);
  }

  // The figures, one cell each, evenly across the card.
  float cellsY = blockY + kBlock + 20;
  canvas.fillRect({box.x, cellsY - 1, box.w, 2}, theme.plateEdge.withAlpha(a));
  size_t n = std::max<size_t>(cd.cells.size(), 1);
  float cellW = box.w / float(std::max<size_t>(n, 4));
  for (size_t i = 0; i < cd.cells.size(); ++i) {
    const Cell& cell = cd.cells[i];
    float ca = m.enter(kCellsStart * E + theme.stagger * double(i), 0.6 * E) * alpha;
    ca *= beforeEdge(edge, cellsY, cellsY + cellsH);
    if (ca <= 0) continue;
    float x = box.x + cellW * float(i) + (i ? 28 : 0), room = cellW - (i ? 28 : 0) - 16;
    if (i) canvas.fillRect({box.x + cellW * float(i) - 1, cellsY + 24, 2, cellsH - 8}, theme.plateEdge.withAlpha(ca));
    float base = cellsY + 24 + capLabel;
    canvas.text(FontRole::Label, cell.label, {x, base}, theme.mutedText.withAlpha(ca), Align::Left, room);
    base += 24 + capTitle;
    {
      ProportionalDigits digits(canvas);
      canvas.text(FontRole::Title, cell.value, {x, base}, theme.lightText.withAlpha(ca), Align::Left, room);
    }
    base += 22 + capLabel;
    if (!cell.sub.empty())
      canvas.text(FontRole::Label, cell.sub, {x, base}, theme.mutedText.withAlpha(ca), Align::Left, room);
  }
}

bool ResultCard::animating(const SceneInput& in) const {
  const Theme& theme = *in.theme;
  Motion m(in);
  double E = theme.entrance.seconds;
  double entrance = std::max((kBlockStart + 1) * E, (kCellsStart + 0.6) * E + theme.stagger * 5);
  return m.busy(entrance, 0, theme.exit.seconds);
}

} // namespace landslide
