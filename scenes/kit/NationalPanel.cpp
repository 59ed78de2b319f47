#include "NationalPanel.h"

#include <algorithm>
#include <cmath>

namespace landslide {

namespace {
constexpr float kTab = 10;   // party colour tab at the left of each row
constexpr float kAccent = 8; // the leader's colour along the top of the plate
constexpr float kColumnGap = 40;

constexpr float kChipPadX = 18, kChipPadY = 12;
constexpr int kChipStep = 2;
constexpr float kChipLineGap = 26; // stacked: subtitle baseline to the chips' line

float headerHeight(const Canvas& c) {
  return c.capHeight(FontRole::Headline) + 40 + c.capHeight(FontRole::Label) + 46 + c.capHeight(FontRole::Label) + 20;
}
float chipHeight(const Canvas& c) { return chipSize(c, FontRole::Title, "0", kChipPadX, kChipPadY, kChipStep).y; }
float stackedHeaderHeight(const Canvas& c) { return headerHeight(c) + kChipLineGap + chipHeight(c) - 10; }
} // namespace

NationalLayout::NationalLayout(const Canvas& canvas, const Theme& theme, size_t rows, const std::vector<float>& columns)
    : grid(canvas, theme), stacked(grid.shape != Shape::Wide), content(grid.content) {
  const Rect area = grid.panelContent(theme.padding);
  const Rect full{grid.content.x, area.y, grid.content.w, area.h};
  headerH = stacked ? stackedHeaderHeight(canvas) : headerHeight(canvas);
  const size_t n = std::max<size_t>(rows, 1);
  // Two lines a row when stacked: half as tall again as a one-line row at most.
  rowH = std::min(stacked ? theme.rowHeight * 1.5f : theme.rowHeight, (full.h - headerH) / float(n));
  float h = headerH + rowH * float(n);
  content = {full.x, full.y + (full.h - h) * 0.5f, full.w, h};
  bottom = full.bottom();
  float x = content.right();
  for (float w : columns) {
    right.push_back(x);
    width.push_back(w);
    x -= w + kColumnGap;
  }
  nameX = content.x + kTab + 18;
  nameW = std::min(440.0f, content.w * 0.25f);
  barX = nameX + nameW + 24;
  barW = x + kColumnGap - 44 - barX;
  if (stacked) { // the figures share the party's line; the bar runs under both
    nameW = x + kColumnGap - 24 - nameX;
    barX = nameX;
    barW = content.right() - barX;
  }
}

float NationalLayout::barHeightFor(float h) const { return stacked ? std::round(h * 0.2f) : barHeight(h); }

float NationalLayout::rowHeightFor(size_t rows) const {
  float avail = bottom - (content.y + headerH);
  return std::min(rowH, avail / float(std::max<size_t>(rows, 1)));
}

NationalPaint beginPanel(Canvas& canvas, const Look& look, const Motion& m, const NationalLayout& layout, float height,
                         Rgba accent) {
  const Theme& theme = look.theme();
  float alpha = 1 - m.exit();
  float open = m.enter() * alpha;
  Rect box = layout.content;
  box.h = height;
  Rect plate = unfold(layout.grid.plateAround(box, theme.padding), open);
  canvas.fillRect(plate, theme.plate.withAlpha(alpha), theme.cornerRadius);
  accentStrip(canvas, plate, kAccent, m.enter(0.1), accent.withAlpha(alpha), theme.cornerRadius);
  return {canvas, look, layout, alpha, plate.bottom() - theme.padding, plate};
}

void drawHeader(const NationalPaint& p, const std::string& title, const std::string& subtitle,
                const std::vector<NationalChip>& chips, float alpha) {
  if (alpha <= 0) return;
  Canvas& c = p.canvas;
  const Theme& theme = p.look.theme();
  const Rect& box = p.layout.content;
  const float titleBase = box.y + c.capHeight(FontRole::Headline), padX = kChipPadX, padY = kChipPadY;
  float x = box.right(), chipsW = 0;
  const float subBase = titleBase + 40 + c.capHeight(FontRole::Label);
  if (p.layout.stacked) { // the chips on their own line under the subtitle, the first leftmost
    float cx = box.x, cy = subBase + kChipLineGap + chipHeight(c) * 0.5f;
    for (const NationalChip& chip : chips) {
      if (chip.alpha <= 0) continue;
      float a = alpha * chip.alpha;
      cx = landslide::chip(c, FontRole::Title, chip.text, cx, cy, Align::Left, chip.fill.withAlpha(a),
                           chip.ink.withAlpha(a), padX, padY, theme.cornerRadius, kChipStep)
               .right() +
           14;
    }
    c.text(FontRole::Headline, title, {box.x, titleBase}, theme.lightText.withAlpha(alpha), Align::Left, box.w);
    c.text(FontRole::Label, subtitle, {box.x, subBase}, theme.mutedText.withAlpha(alpha), Align::Left, box.w);
    c.fillRect({box.x, box.y + p.layout.headerH - 2, box.w, 2}, theme.plateEdge.withAlpha(alpha));
    return;
  }
  for (const NationalChip& chip : chips) {
    if (chip.alpha <= 0) continue;
    float w = chipSize(c, FontRole::Title, chip.text, padX, padY, kChipStep).x;
    float a = alpha * chip.alpha;
    landslide::chip(c, FontRole::Title, chip.text, x, titleBase - c.capHeight(FontRole::Headline) * 0.5f, Align::Right,
                    chip.fill.withAlpha(a), chip.ink.withAlpha(a), padX, padY, theme.cornerRadius, kChipStep);
    x -= w + 14;
    chipsW += (w + 14) * std::min(1.0f, chip.alpha * 2);
  }
  c.text(FontRole::Headline, title, {box.x, titleBase}, theme.lightText.withAlpha(alpha), Align::Left,
         std::max(200.0f, box.w - chipsW - 40));
  c.text(FontRole::Label, subtitle, {box.x, subBase}, theme.mutedText.withAlpha(alpha), Align::Left, box.w);
  c.fillRect({box.x, box.y + p.layout.headerH - 2, box.w, 2}, theme.plateEdge.withAlpha(alpha));
}

void drawHeading(const NationalPaint& p, size_t column, const std::string& text, float alpha) {
  if (alpha <= 0 || column >= p.layout.right.size()) return;
  const NationalLayout& l = p.layout;
  p.canvas.text(p.canvas.fit(FontRole::Label, text, l.width[column] + 30), {l.right[column], l.headingBase()},
                p.look.theme().mutedText.withAlpha(alpha), Align::Right);
}

float beforeFold(const NationalPaint& p, float top, float h) {
  float visible = (p.foldEdge - top) / h;
  return std::clamp((visible - 0.35f) / 0.65f, 0.0f, 1.0f);
}

void drawRowRules(const NationalPaint& p, size_t rows, float h, float alpha) {
  if (alpha <= 0) return;
  const NationalLayout& l = p.layout;
  for (size_t k = 1; k < rows; ++k)
    p.canvas.fillRect({l.content.x, l.rowTop(0) + float(k) * h - 0.75f, l.content.w, 1.5f},
                      p.look.theme().plateEdge.withAlpha(alpha * 0.8f));
}

float drawRowName(const NationalPaint& p, const PartyRow& row, float y, float h, float shown, float reserve) {
  Canvas& c = p.canvas;
  const NationalLayout& l = p.layout;
  c.fillRect({l.content.x, y + h * 0.14f, kTab, h * 0.72f}, row.colour.withAlpha(shown), 2);
  int step = stepForCapHeight(c, FontRole::Body, l.lineHeight(h) * 0.34f);
  TextRun name = c.fit(FontRole::Body, row.name, l.nameW - reserve, step);
  c.text(name, {l.nameX, centredBaseline(c, FontRole::Body, l.textCentre(y, h), name.step)},
         p.look.theme().lightText.withAlpha(shown));
  return name.width;
}

void drawFigure(const NationalPaint& p, size_t column, const std::string& text, float cy, float h, Rgba colour) {
  if (column >= p.layout.right.size()) return;
  Canvas& c = p.canvas;
  int step = stepForCapHeight(c, FontRole::Figures, h * 0.36f);
  TextRun run = c.fit(FontRole::Figures, text, p.layout.width[column] + 30, step);
  c.text(run, {p.layout.right[column], centredBaseline(c, FontRole::Figures, cy, run.step)}, colour, Align::Right);
}

void drawEmpty(const NationalPaint& p, const std::string& text, float h, float alpha) {
  if (alpha <= 0) return;
  Canvas& c = p.canvas;
  const NationalLayout& l = p.layout;
  float cy = l.rowTop(0) + h;
  c.text(FontRole::Title, text, {l.content.x + l.content.w * 0.5f, centredBaseline(c, FontRole::Title, cy)},
         p.look.theme().mutedText.withAlpha(alpha * beforeFold(p, cy - h, 2 * h)), Align::Centre, l.content.w);
}

float barHeight(float h) { return std::round(h * 0.42f); }

double nationalRowDelay(const Theme& theme, double start, float index) {
  return start + theme.stagger * double(std::max(0.0f, index));
}

RowEntrance rowEntrance(const Theme& theme, double since, float index) {
  const double E = theme.entrance.seconds, start = nationalRowDelay(theme, 0, index);
  return {theme.entrance.easing(progress(since, start, E)), theme.entrance.easing(progress(since, start, 0.5 * E))};
}

} // namespace landslide
