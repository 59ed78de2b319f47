#include "VoteBars.h"
#include "VoteBarsLayout.h"

#include <algorithm>

namespace landslide {

namespace {

constexpr float kTab = 10;          // party colour tab at the left of each row
constexpr float kAccent = 8;        // the winner's colour along the top of the plate
constexpr double kRowsStart = 0.35; // rows start this fraction of the entrance after TAKE
constexpr double kPageOut = 0.4;    // a page's rows fade in this fraction of the page time

float headerHeight(const Canvas& c) {
  return c.capHeight("headline") + 40 + c.capHeight("label") + 46 + c.capHeight("label") + 20;
}

// The result in a few words, and the colour it is shown on.
struct Verdict {
  std::string text;
  std::string party; // colour source; "" = the alert colour
};

Verdict verdict(const Look& look) {
  const DerivedContest& d = *look.contest();
  switch (d.status) {
  case ContestStatus::Awaiting: return {"AWAITING DECLARATION", ""};
  case ContestStatus::Recount: return {"RECOUNT", ""};
  default: break;
  }
  std::string text = d.caption.empty() ? std::string("DECLARED") : d.caption;
  if (d.status == ContestStatus::WinnerOnly) text += "  \xC2\xB7  WINNER ONLY";
  if (d.status == ContestStatus::Corrected) text += "  \xC2\xB7  CORRECTED";
  return {text, d.winner};
}

void drawHeader(const VoteBarsPaint& p, const Verdict& v, std::string_view headings, float alpha) {
  Canvas& c = p.canvas;
  const Theme& theme = p.look.theme();
  const Rect& box = p.layout.content;
  float titleBase = box.y + c.capHeight("headline");
  Rgba chipFill = v.party.empty() ? theme.alert : p.look.colour(v.party);
  Rgba chipInk = v.party.empty() ? theme.textOn(theme.alert, false) : p.look.textOn(v.party, false);
  float padX = 18, padY = 12;
  Vec2 size = chipSize(c, "title", v.text, padX, padY, 2);
  float chipLeft = box.right() - size.x;
  c.text("headline", upperText(p.look.title()), {box.x, titleBase}, theme.lightText.withAlpha(alpha), Align::Left,
         chipLeft - box.x - 40);
  chip(c, "title", v.text, box.right(), titleBase - c.capHeight("headline") * 0.5f, Align::Right,
       chipFill.withAlpha(alpha), chipInk.withAlpha(alpha), padX, padY, theme.cornerRadius, 2);
  float subBase = titleBase + 40 + c.capHeight("label");
  c.text("label", p.look.subtitle(), {box.x, subBase}, theme.mutedText.withAlpha(alpha), Align::Left, box.w);
  float headBase = subBase + 46 + c.capHeight("label");
  (void)headings;
  float ruleY = box.y + p.layout.headerH - 2;
  c.fillRect({box.x, ruleY, box.w, 2}, theme.plateEdge.withAlpha(alpha));
  (void)headBase;
}

void drawHeadings(const VoteBarsPaint& p, bool changePage, bool figures, float alpha) {
  if (alpha <= 0) return;
  Canvas& c = p.canvas;
  const VoteBarsLayout& l = p.layout;
  Rgba ink = p.look.theme().mutedText.withAlpha(alpha);
  float base = l.content.y + l.headerH - 20;
  if (!changePage) {
    c.text("label", "CANDIDATE", {l.nameX, base}, ink);
    if (!figures) {
      c.text("label", "VOTES TO FOLLOW", {l.shareRight, base}, ink, Align::Right);
      return;
    }
    c.text("label", "VOTES", {l.votesRight, base}, ink, Align::Right);
    c.text("label", "SHARE", {l.shareRight, base}, ink, Align::Right);
  } else {
    c.text("label", "PARTY", {l.nameX, base}, ink);
    c.text("label", "CHANGE IN SHARE SINCE " + upperText(p.look.previousLabel()), {l.barX, base}, ink, Align::Left,
           l.votesRight - l.barX);
    c.text("label", "POINTS", {l.shareRight, base}, ink, Align::Right);
  }
}

} // namespace

VoteBarsLayout::VoteBarsLayout(const Canvas& canvas, const Theme& theme, size_t rows)
    : grid(canvas, theme), content(grid.content) {
  headerH = headerHeight(canvas);
  float avail = grid.content.h - headerH;
  rowH = std::min(theme.rowHeight, avail / float(std::max<size_t>(rows, 1)));
  float h = headerH + rowH * float(std::max<size_t>(rows, 1));
  content = {grid.content.x, grid.content.y + (grid.content.h - h) * 0.5f, grid.content.w, h};
  twoLine = rowH >= 80;
  float shareW = canvas.measure("figures", "88.8%"), votesW = canvas.measure("figures", "88,888");
  shareRight = content.right();
  votesRight = shareRight - shareW - 48;
  nameX = content.x + kTab + 18;
  nameW = content.w * 0.29f;
  barX = nameX + nameW + 32;
  barW = votesRight - votesW - 44 - barX;
}

float VoteBarsLayout::rowHeightFor(size_t rows) const {
  float avail = grid.content.bottom() - (content.y + headerH);
  return std::min(rowH, avail / float(std::max<size_t>(rows, 1)));
}

double rowDelay(const Theme& theme, double start, size_t index) { return start + theme.stagger * double(index); }

void VoteBars::draw(const SceneInput& in, Canvas& canvas) const {
  Look look(in, in.results);
  if (!look.contest()) return;
  const Theme& theme = *in.theme;
  Motion m(in);
  const int n = topN(in);
  VoteTable to = voteTable(look, n);
  VoteTable from;
  float update = m.update();
  if (update < 1) from = voteTable(Look(in, in.previous), n);
  VoteBarsLayout layout(canvas, theme, to.rows.size());
  float alpha = 1 - m.exit();
  float open = m.enter() * alpha;
  if (open <= 0) return;
  VoteBarsPaint p{canvas, look, m, layout, alpha};

  // Page two may hold a different number of rows: the plate eases to its height.
  ChangeTable change;
  float rowH2 = layout.rowH, turn = 0;
  if (in.timing.page >= 1) {
    change = changeTable(look, n);
    rowH2 = layout.rowHeightFor(std::max<size_t>(change.rows.size(), 2));
    turn = m.page();
  }
  float rows1 = layout.rowH * float(to.rows.size());
  float rows2 = change.rows.empty() ? layout.rowH * 2 : rowH2 * float(change.rows.size());
  Rect box = layout.content;
  box.h = layout.headerH + rows1 + (rows2 - rows1) * turn;
  Rect plate = unfold(layout.grid.plateAround(box, theme.padding), open);
  canvas.fillRect(plate, theme.plate.withAlpha(alpha), theme.cornerRadius);
  Rgba accent = look.contest()->winner.empty() ? theme.plateEdge : look.colour(look.contest()->winner);
  accentStrip(canvas, plate, kAccent, m.enter(0.1), accent.withAlpha(alpha), theme.cornerRadius);
  canvas.pushClip(plate);

  const double E = theme.entrance.seconds;
  float headerAlpha = m.enter(0.1 * E, 0.6 * E) * alpha;
  drawHeader(p, verdict(look), "", headerAlpha);
  if (in.timing.page == 0) {
    drawHeadings(p, false, to.figures, headerAlpha);
    drawVoteRows(p, from, to, update, alpha, m.sinceTake() - kRowsStart * E, layout.rowH);
  } else {
    const double P = theme.page.seconds;
    float fade = 1 - m.page(0, kPageOut * P);
    drawHeadings(p, false, to.figures, headerAlpha * fade);
    drawHeadings(p, true, true, headerAlpha * (1 - fade));
    if (fade > 0) drawVoteRows(p, from, to, update, alpha * fade, 1e9, layout.rowH);
    drawChangeRows(p, change, alpha, m.sincePage() - kPageOut * P, rowH2);
  }
  canvas.popClip();
}

bool VoteBars::animating(const SceneInput& in) const {
  Look look(in, in.results);
  if (!look.contest()) return false;
  const Theme& theme = *in.theme;
  Motion m(in);
  int n = topN(in);
  size_t rows = voteTable(look, n).rows.size();
  double E = theme.entrance.seconds, P = theme.page.seconds;
  double entrance = kRowsStart * E + theme.stagger * double(rows) + E;
  double page = kPageOut * P + theme.stagger * double(rows) + P;
  return m.busy(entrance, page, theme.exit.seconds);
}

} // namespace landslide
