#pragma once
// NationalPanel: the full-frame panel the national bar scenes share — a plate with the
// leader's colour along its top, a header (title, election, count chips), column
// headings and rows of tab | party | bars | figures — so seat-tally, gains and
// national-share read as one family with vote-bars.
#include "kit/Motion.h"
#include "kit/National.h"
#include "kit/Paint.h"

#include <string>
#include <vector>

namespace landslide {

// Fractions of the entrance / page time.
inline constexpr double kNationalRowsStart = 0.35; // rows start this far into the entrance
inline constexpr double kNationalPageOut = 0.4;    // the old page's rows fade over this much of a page turn

// On 16:9 a row is tab | party | bar | figures on one line. On 9:16 and 1:1 (`stacked`) a
// row is two lines: tab, party and figures over a bar running the panel's whole width, and
// the header's chips get a line of their own under the subtitle.
struct NationalLayout {
  Grid grid;
  bool stacked = false;
  Rect content;      // the panel's text area (the plate less its padding)
  float headerH = 0; // from content.y to the first row
  float rowH = 0;
  float nameX = 0, nameW = 0; // the party column
  float barX = 0, barW = 0;   // the bar track
  std::vector<float> right;   // right edges of the figure columns, rightmost first
  std::vector<float> width;   // and their widths
  float bottom = 0;           // the lowest a row may reach

  // `columns`: the widest text of each figure column, rightmost first (figures font).
  NationalLayout(const Canvas& canvas, const Theme& theme, size_t rows, const std::vector<float>& columns);
  float rowTop(float index) const { return content.y + headerH + index * rowH; }
  float headingBase() const { return content.y + headerH - 20; }
  float rowHeightFor(size_t rows) const; // rows of another page, from the same top
  // Where a row of height h at y puts its text line and its bar (the same line on 16:9).
  float textCentre(float y, float h) const { return stacked ? y + h * 0.36f : y + h * 0.5f; }
  float barCentre(float y, float h) const { return stacked ? y + h * 0.75f : y + h * 0.5f; }
  // The height a row's text is sized for: the whole row on 16:9, its text line when stacked.
  float lineHeight(float h) const { return stacked ? h * 0.56f : h; }
  float barHeightFor(float h) const;
};

struct NationalChip {
  std::string text;
  Rgba fill, ink;
  float alpha = 1;
};

// What a national scene's parts share while drawing.
struct NationalPaint {
  Canvas& canvas;
  const Look& look;
  const NationalLayout& layout;
  float alpha = 1;      // the whole graphic's opacity (exit)
  float foldEdge = 1e9; // the plate's bottom while it unfolds or folds away
  Rect plate{};         // the plate as drawn: the scene clips to it (Canvas::ClipScope)
};

// The plate at `height` (header and rows), unfolding with the entrance; the accent strip in
// `accent`. Returns the paint context; the scene clips what follows to its plate.
NationalPaint beginPanel(Canvas& canvas, const Look& look, const Motion& m, const NationalLayout& layout, float height,
                         Rgba accent);

// Title and subtitle on the left, chips right-aligned (the first rightmost), the header rule.
void drawHeader(const NationalPaint& p, const std::string& title, const std::string& subtitle,
                const std::vector<NationalChip>& chips, float alpha);
// A column heading right-aligned on figure column `column`, fitted to its width.
void drawHeading(const NationalPaint& p, size_t column, const std::string& text, float alpha);

// A row the plate's edge is about to cut fades first, so the fold never slices text.
float beforeFold(const NationalPaint& p, float top, float h);
// The rules between `rows` rows of height h from the first row.
void drawRowRules(const NationalPaint& p, size_t rows, float h, float alpha);
// The colour tab and the party name; `reserve` keeps room after the name (a tick).
// Returns the name's width.
float drawRowName(const NationalPaint& p, const PartyRow& row, float y, float h, float shown, float reserve = 0);
// A figure right-aligned in column `column`, centred on cy.
void drawFigure(const NationalPaint& p, size_t column, const std::string& text, float cy, float h, Rgba colour);
// A line of muted text across the rows' first two rows, when a table is empty.
void drawEmpty(const NationalPaint& p, const std::string& text, float h, float alpha);
// The bar's height on a row of height h.
float barHeight(float h);

// Seconds from the start of a group of rows until row `index` starts to move.
double nationalRowDelay(const Theme& theme, double start, float index);
// A row's entrance: grow (bar length and figures) and shown (opacity), since its group began.
struct RowEntrance {
  float grow = 0, shown = 0;
};
RowEntrance rowEntrance(const Theme& theme, double since, float index);

} // namespace landslide
