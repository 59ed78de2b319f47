#pragma once
// The grid of vote-bars, shared by its two pages: a header (seat, election, result
// chip, column headings) over rows of name | bar | votes | share on a wide picture; on
// a vertical or square one, stacked rows: name and figures over a full-width bar.
#include "VoteRows.h"
#include "kit/Motion.h"
#include "kit/Paint.h"

namespace landslide {

struct VoteBarsLayout {
  Grid grid;
  Rect content;      // where text goes: the panel less its padding
  float headerH = 0; // from content.y to the first row
  float rowH = 0;
  float nameX = 0, nameW = 0; // candidate / party column
  float barX = 0, barW = 0;   // the bar track
  float votesRight = 0, shareRight = 0;
  bool twoLine = true;  // name over party, or both on one line
  bool stacked = false; // vertical and square: each row's bar under its name and figures
  float bottom = 0;     // the lowest a row may reach

  VoteBarsLayout(const Canvas& canvas, const Theme& theme, size_t rows, bool figures);
  float rowTop(float index) const { return content.y + headerH + index * rowH; }
  // Rows that fit below the header from the same top, for a page with a different count.
  float rowHeightFor(size_t rows) const;

private:
  void stackRows(const Canvas& canvas, const Rect& area, size_t rows);
};

// What both pages share while drawing: the canvas, the look, and overall visibility.
struct VoteBarsPaint {
  Canvas& canvas;
  const Look& look;
  const Motion& motion;
  const VoteBarsLayout& layout;
  float alpha = 1;      // the whole graphic's opacity (exit)
  float foldEdge = 1e9; // the plate's bottom while it unfolds or folds away
};

// Page one: candidate rows. `from` is the table before a data update (may be empty).
void drawVoteRows(const VoteBarsPaint& p, const VoteTable& from, const VoteTable& to, float update, float alpha,
                  double delay, float rowH);
// Page two: change in share since the previous election; `from` as for page one.
void drawChangeRows(const VoteBarsPaint& p, const ChangeTable& from, const ChangeTable& to, float update, float alpha,
                    double delay, float rowH);

// The same two pages as stacked rows, for vertical and square pictures.
void drawStackedVoteRows(const VoteBarsPaint& p, const VoteTable& from, const VoteTable& to, float update, float alpha,
                         double delay, float rowH);
void drawStackedChangeRows(const VoteBarsPaint& p, const ChangeTable& from, const ChangeTable& to, float update,
                           float alpha, double delay, float rowH);

// Seconds from the start of a group of rows until row `index` starts to move.
double rowDelay(const Theme& theme, double start, size_t index);

} // namespace landslide
