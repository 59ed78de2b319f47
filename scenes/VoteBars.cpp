#include "VoteBars.h"
#include "Placement.h"
#include "VoteBarsLayout.h"
#include "kit/Captions.h"

#include <algorithm>
#include <optional>

namespace landslide {

namespace {

constexpr float kTab = 10;          // party colour tab at the left of each row
constexpr float kAccent = 8;        // the winner's colour along the top of the plate
constexpr double kRowsStart = 0.35; // rows start this fraction of the entrance after TAKE
constexpr double kPageOut = 0.4;    // a page's rows fade in this fraction of the page time

float headerHeight(const Canvas& c) {
  return c.capHeight(FontRole::Headline) + 40 + c.capHeight(FontRole::Label) + 46 + c.capHeight(FontRole::Label) + 20;
}

// Stacked (vertical, square): the verdict chip gets a line of its own under the election.
float stackedHeaderHeight(const Canvas& c) {
  return c.capHeight(FontRole::Headline) + 28 + c.capHeight(FontRole::Label) + 30 + c.capHeight(FontRole::Title, 2) +
         24 + 30 + c.capHeight(FontRole::Label) + 20;
}

// The tallest a stacked row grows: name, party and votes, bar.
float stackedRowHeight(Shape shape) { return shape == Shape::Vertical ? 150.0f : 104.0f; }

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
  std::string text = resultCaption(look, d);
  if (text.empty()) text = "DECLARED";
  if (d.status == ContestStatus::WinnerOnly) text += "  \xC2\xB7  WINNER ONLY";
  if (d.status == ContestStatus::Corrected) text += "  \xC2\xB7  CORRECTED";
  return {text, d.winner};
}

// Stacked: seat, then election, then the verdict chip on its own line.
void drawStackedHeader(const VoteBarsPaint& p, const Verdict& was, const Verdict& now, float update, float alpha) {
  Canvas& c = p.canvas;
  const Theme& theme = p.look.theme();
  const Rect& box = p.layout.content;
  const float titleBase = box.y + c.capHeight(FontRole::Headline), padX = 18, padY = 12;
  c.text(c.fit(FontRole::Headline, upperText(p.look.title()), box.w), {box.x, titleBase},
         theme.lightText.withAlpha(alpha));
  float subBase = titleBase + 28 + c.capHeight(FontRole::Label);
  c.text(FontRole::Label, p.look.subtitle(), {box.x, subBase}, theme.mutedText.withAlpha(alpha), Align::Left, box.w);
  const float chipY = subBase + 30 + (c.capHeight(FontRole::Title, 2) + 2 * padY) * 0.5f;
  auto drawChip = [&](const Verdict& v, float a) {
    if (a <= 0) return;
    Rgba fill = v.party.empty() ? theme.alert : p.look.colour(v.party);
    Rgba ink = v.party.empty() ? theme.textOn(theme.alert, true) : p.look.textOn(v.party, true);
    TextRun run = c.fit(FontRole::Title, v.text, box.w - 2 * padX, 2);
    chip(c, FontRole::Title, run.text, box.x, chipY, Align::Left, fill.withAlpha(a), ink.withAlpha(a), padX, padY,
         theme.cornerRadius, run.step);
  };
  if (update < 1 && was.text != now.text) {
    drawChip(was, alpha * std::clamp(1 - 2 * update, 0.0f, 1.0f));
    drawChip(now, alpha * std::clamp(2 * update - 1, 0.0f, 1.0f));
  } else {
    drawChip(now, alpha);
  }
  c.fillRect({box.x, box.y + p.layout.headerH - 2, box.w, 2}, theme.plateEdge.withAlpha(alpha));
}

// Seat, election and the verdict chip; on a data update the old chip fades into the new.
void drawHeader(const VoteBarsPaint& p, const Verdict& was, const Verdict& now, float update, float alpha) {
  Canvas& c = p.canvas;
  const Theme& theme = p.look.theme();
  const Rect& box = p.layout.content;
  const float titleBase = box.y + c.capHeight(FontRole::Headline), padX = 18, padY = 12;
  if (p.layout.stacked) {
    drawStackedHeader(p, was, now, update, alpha);
    return;
  }
  float chipW = chipSize(c, FontRole::Title, now.text, padX, padY, 2).x;
  if (update < 1) chipW = std::max(chipW, chipSize(c, FontRole::Title, was.text, padX, padY, 2).x);
  c.text(FontRole::Headline, upperText(p.look.title()), {box.x, titleBase}, theme.lightText.withAlpha(alpha),
         Align::Left, box.w - chipW - 40);
  auto drawChip = [&](const Verdict& v, float a) {
    if (a <= 0) return;
    Rgba fill = v.party.empty() ? theme.alert : p.look.colour(v.party);
    Rgba ink = v.party.empty() ? theme.textOn(theme.alert, true) : p.look.textOn(v.party, true);
    chip(c, FontRole::Title, v.text, box.right(), titleBase - c.capHeight(FontRole::Headline) * 0.5f, Align::Right,
         fill.withAlpha(a), ink.withAlpha(a), padX, padY, theme.cornerRadius, 2);
  };
  if (update < 1 && was.text != now.text) {
    drawChip(was, alpha * std::clamp(1 - 2 * update, 0.0f, 1.0f));
    drawChip(now, alpha * std::clamp(2 * update - 1, 0.0f, 1.0f));
  } else {
    drawChip(now, alpha);
  }
  float subBase = titleBase + 40 + c.capHeight(FontRole::Label);
  c.text(FontRole::Label, p.look.subtitle(), {box.x, subBase}, theme.mutedText.withAlpha(alpha), Align::Left, box.w);
  c.fillRect({box.x, box.y + p.layout.headerH - 2, box.w, 2}, theme.plateEdge.withAlpha(alpha));
}

void drawHeadings(const VoteBarsPaint& p, bool changePage, bool figures, float alpha) {
  if (alpha <= 0) return;
  Canvas& c = p.canvas;
  const VoteBarsLayout& l = p.layout;
  Rgba ink = p.look.theme().mutedText.withAlpha(alpha);
  float base = l.content.y + l.headerH - 20;
  if (l.stacked) {
    const float right = l.content.right();
    if (!changePage) {
      c.text(FontRole::Label, "CANDIDATE", {l.nameX, base}, ink);
      c.text(FontRole::Label, figures ? "SHARE" : "VOTES TO FOLLOW", {right, base}, ink, Align::Right);
    } else {
      float w = c.text(FontRole::Label, "POINTS", {right, base}, ink, Align::Right);
      c.text(FontRole::Label, "CHANGE IN SHARE SINCE " + upperText(p.look.previousLabel()), {l.nameX, base}, ink,
             Align::Left, right - w - 24 - l.nameX);
    }
    return;
  }
  if (!changePage) {
    c.text(FontRole::Label, "CANDIDATE", {l.nameX, base}, ink);
    if (!figures) {
      c.text(FontRole::Label, "VOTES TO FOLLOW", {l.shareRight, base}, ink, Align::Right);
      return;
    }
    c.text(FontRole::Label, "VOTES", {l.votesRight, base}, ink, Align::Right);
    c.text(FontRole::Label, "SHARE", {l.shareRight, base}, ink, Align::Right);
  } else {
    c.text(FontRole::Label, "PARTY", {l.nameX, base}, ink);
    c.text(FontRole::Label, "CHANGE IN SHARE SINCE " + upperText(p.look.previousLabel()), {l.barX, base}, ink,
           Align::Left, l.votesRight - l.barX);
    c.text(FontRole::Label, "POINTS", {l.shareRight, base}, ink, Align::Right);
  }
}

} // namespace

VoteBarsLayout::VoteBarsLayout(const Canvas& canvas, const Theme& theme, size_t rows, bool figures)
    : grid(canvas, theme), content(grid.content) {
  // Full width for the columns; height kept clear of the plate's padding.
  const Rect area{grid.content.x, grid.panelContent(theme.padding).y, grid.content.w,
                  grid.panelContent(theme.padding).h};
  if (grid.shape != Shape::Wide) {
    stackRows(canvas, area, rows);
    return;
  }
  headerH = headerHeight(canvas);
  float avail = area.h - headerH;
  rowH = std::min(theme.rowHeight, avail / float(std::max<size_t>(rows, 1)));
  float h = headerH + rowH * float(std::max<size_t>(rows, 1));
  content = {area.x, area.y + (area.h - h) * 0.5f, area.w, h};
  bottom = area.bottom();
  twoLine = rowH >= 80;
  float shareW = canvas.measure(FontRole::Figures, "88.8%"), votesW = canvas.measure(FontRole::Figures, "88,888");
  shareRight = content.right();
  votesRight = shareRight - shareW - 48;
  nameX = content.x + kTab + 18;
  nameW = content.w * (figures ? 0.29f : 0.6f); // names alone may take the bars' room
  barX = nameX + nameW + 32;
  barW = votesRight - votesW - 44 - barX;
}

// Vertical and square: rows as tall as a phone needs, the plate in the lower middle of
// a vertical picture (where a thumb does not cover it and the eye rests), centred on a square.
void VoteBarsLayout::stackRows(const Canvas& canvas, const Rect& area, size_t rows) {
  stacked = true;
  headerH = stackedHeaderHeight(canvas);
  float avail = area.h - headerH;
  rowH = std::min(stackedRowHeight(grid.shape), avail / float(std::max<size_t>(rows, 1)));
  float h = headerH + rowH * float(std::max<size_t>(rows, 1));
  content = {area.x, placeTop(area, h, grid.frame, grid.shape), area.w, h};
  bottom = area.bottom();
  twoLine = rowH >= 128;
  nameX = content.x + kTab + 18;
  nameW = content.right() - nameX;
  barX = nameX, barW = nameW;
  votesRight = shareRight = content.right();
}

float VoteBarsLayout::rowHeightFor(size_t rows) const {
  float avail = bottom - (content.y + headerH);
  return std::min(rowH, avail / float(std::max<size_t>(rows, 1)));
}

double rowDelay(const Theme& theme, double start, size_t index) { return start + theme.stagger * double(index); }

Expected<SceneOptionsPtr> VoteBars::parseOptions(const nlohmann::json& options) const {
  return shared(parseVoteBarsOptions(options));
}

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
  VoteBarsLayout layout(canvas, theme, to.rows.size(), to.figures);
  float alpha = 1 - m.exit();
  float open = m.enter() * alpha;
  if (open <= 0) return;
  VoteBarsPaint p{canvas, look, m, layout, alpha};

  // Page two may hold a different number of rows: the plate eases to its height.
  ChangeTable change, changeFrom;
  float rowH2 = layout.rowH, turn = 0;
  if (in.timing.page >= 1) {
    change = changeTable(look, n);
    if (update < 1) changeFrom = changeTable(Look(in, in.previous), n);
    rowH2 = layout.rowHeightFor(std::max<size_t>(change.rows.size(), 2));
    turn = m.page();
  }
  float rows1 = layout.rowH * float(to.rows.size());
  float rows2 = change.rows.empty() ? layout.rowH * 2 : rowH2 * float(change.rows.size());
  Rect box = layout.content;
  box.h = layout.headerH + rows1 + (rows2 - rows1) * turn;
  Rect plate = unfold(layout.grid.plateAround(box, theme.padding), open);
  canvas.fillRect(plate, theme.plate.withAlpha(alpha), theme.cornerRadius);
  p.foldEdge = plate.bottom() - theme.padding;
  auto accentOf = [&](const Look& l) {
    return !l.contest() || l.contest()->winner.empty() ? theme.plateEdge : l.colour(l.contest()->winner);
  };
  Rgba accent = accentOf(look);
  std::optional<Look> before;
  if (update < 1) {
    before.emplace(in, in.previous);
    if (before->contest()) accent = lerp(accentOf(*before), accent, update);
  }
  accentStrip(canvas, plate, kAccent, m.enter(0.1), accent.withAlpha(alpha), theme.cornerRadius);
  Canvas::ClipScope clip(canvas, plate);

  const double E = theme.entrance.seconds;
  float headerAlpha = m.enter(0.1 * E, 0.6 * E) * alpha;
  Verdict now = verdict(look);
  drawHeader(p, before && before->contest() ? verdict(*before) : now, now, update, headerAlpha);
  if (in.timing.page == 0) {
    drawHeadings(p, false, to.figures, headerAlpha);
    (layout.stacked ? drawStackedVoteRows : drawVoteRows)(p, from, to, update, alpha, m.sinceTake() - kRowsStart * E,
                                                          layout.rowH);
  } else {
    const double P = theme.page.seconds;
    float fade = 1 - m.page(0, kPageOut * P);
    drawHeadings(p, false, to.figures, headerAlpha * fade);
    if (change.unavailable.empty()) drawHeadings(p, true, true, headerAlpha * (1 - fade));
    auto rows = layout.stacked ? drawStackedVoteRows : drawVoteRows;
    auto changes = layout.stacked ? drawStackedChangeRows : drawChangeRows;
    if (fade > 0) rows(p, from, to, update, alpha * fade, 1e9, layout.rowH);
    changes(p, changeFrom, change, update, alpha, m.sincePage() - kPageOut * P, rowH2);
  }
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
