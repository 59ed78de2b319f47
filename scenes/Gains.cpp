// gains. Bars grow left (losses) or right (gains) from a zero axis in the middle of the
// track; each net figure rides just past its bar's end, so party and figure read as one.
#include "Gains.h"

#include "kit/NationalPanel.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace landslide {

namespace {

constexpr const char* kTitle = "GAINS AND LOSSES";
constexpr float kGap = 12; // between a bar's end and its figure

// Seats a half-track stands for: the largest net change, rounded up.
double netScale(const std::vector<PartyRow>& rows) {
  double most = 0;
  for (const PartyRow& r : rows) most = std::max(most, std::fabs(r.net));
  return roundUp(most, most >= 100 ? 25 : most >= 20 ? 10 : 5);
}

} // namespace

Expected<GainsOptions> parseGainsOptions(const nlohmann::json& options) {
  OptionReader r(options);
  GainsOptions o;
  r.common(o);
  r.integer("topN", o.topN, 1, 12);
  r.boolean("unchanged", o.unchanged);
  return finished(r, std::move(o));
}

void Gains::draw(const SceneInput& in, Canvas& canvas) const {
  if (!in.results) return;
  const GainsOptions& o = optionsOf<GainsOptions>(in);
  const Theme& theme = *in.theme;
  const Motion m(in);
  if (m.enter() * (1 - m.exit()) <= 0) return;
  const Look look(in, in.results);
  const int n = o.topN > 0 ? o.topN : theme.topN;
  const float update = m.update();
  std::optional<Look> before;
  if (update < 1) before.emplace(in, in.previous);
  std::vector<PartyRow> now = nationalRows(look, RankBy::Net, n, o.unchanged);
  std::vector<PartyRow> was = before ? nationalRows(*before, RankBy::Net, n, o.unchanged) : now;
  std::vector<RowTween> rows = tweenRows(was, now, update);
  const double scale = mixd(netScale(was), netScale(now), update);

  auto widest = [&](const char* figure, const char* heading) {
    return std::max(canvas.measure(FontRole::Figures, figure), canvas.measure(FontRole::Label, heading));
  };
  const size_t count = std::max<size_t>(now.size(), now.empty() ? 2 : 1);
  NationalLayout layout(canvas, theme, count, {widest("888", "LOSSES"), widest("888", "GAINS")});
  const double E = theme.entrance.seconds;
  Rgba accent = now.empty() || now.front().net <= 0 ? theme.plateEdge : now.front().colour;
  NationalPaint p = beginPanel(canvas, look, m, layout, layout.headerH + layout.rowH * float(count), accent);
  Canvas::ClipScope clip(canvas, p.plate);
  const float headerAlpha = m.enter(0.1 * E, 0.6 * E) * p.alpha;
  drawHeader(p, upperText(o.title.value_or(kTitle)), changeSubtitle(look),
             {{declaredText(nationalCount(*in.results)), theme.plateEdge, theme.lightText, 1}}, headerAlpha);
  if (now.empty() && was.empty()) {
    drawEmpty(p, "NO SEATS HAVE CHANGED HANDS", layout.rowH, headerAlpha);
    return;
  }
  const Rgba muted = theme.mutedText.withAlpha(headerAlpha);
  canvas.text(FontRole::Label, "PARTY", {layout.nameX, layout.headingBase()}, muted);
  drawHeading(p, 1, "GAINS", headerAlpha);
  drawHeading(p, 0, "LOSSES", headerAlpha);
  const float axisX = std::round(layout.barX + layout.barW * 0.5f);
  const float figW = canvas.measure(FontRole::Figures, "\xE2\x88\x92"
                                                       "888");
  const float half = layout.barW * 0.5f - figW - kGap - 8;
  canvas.text(FontRole::Label, "NET CHANGE", {axisX, layout.headingBase()}, muted, Align::Centre);
  drawRowRules(p, count, layout.rowH, headerAlpha);

  const float h = layout.rowH, top = layout.rowTop(0);
  const double since = m.sinceTake() - kNationalRowsStart * E;
  for (const RowTween& tw : rows) {
    const PartyRow& row = tw.row;
    RowEntrance e = rowEntrance(theme, since, tw.index);
    float y = top + tw.index * h, cy = layout.textCentre(y, h), by = layout.barCentre(y, h);
    const float lineH = layout.lineHeight(h);
    float fold = beforeFold(p, y, h), shown = e.shown * p.alpha * tw.presence * fold;
    if (shown <= 0) continue;
    if (tw.sliding) canvas.fillRect({layout.content.x, y, layout.content.w, h}, theme.plate.withAlpha(shown));
    // Stacked, the zero axis crosses the party's line too: the name stops short of it.
    drawRowName(p, row, y, h, shown, layout.stacked ? std::max(0.0f, layout.nameX + layout.nameW - (axisX - 20)) : 0);
    const double net = row.net * e.grow;
    const float w = half * float(std::clamp(std::fabs(net) / scale, 0.0, 1.0));
    const float barH = layout.barHeightFor(h);
    Rect bar = net >= 0 ? Rect{axisX, by - barH * 0.5f, w, barH} : Rect{axisX - w, by - barH * 0.5f, w, barH};
    canvas.fillRect(bar, row.colour.withAlpha(p.alpha * tw.presence * fold), theme.cornerRadius);
    // The net figure just past the bar's end, on the side it grows.
    int step = stepForCapHeight(canvas, FontRole::Figures, lineH * 0.36f);
    std::string figure = theme.formatDecimal(std::round(net), 0, true);
    float base = centredBaseline(canvas, FontRole::Figures, by, step);
    TextRun run{FontRole::Figures, step, figure, canvas.measure(FontRole::Figures, figure, step)};
    if (net >= 0)
      canvas.text(run, {axisX + w + kGap, base}, theme.lightText.withAlpha(shown));
    else
      canvas.text(run, {axisX - w - kGap, base}, theme.lightText.withAlpha(shown), Align::Right);
    drawFigure(p, 1, std::to_string(std::lround(row.gains * e.grow)), cy, lineH, theme.mutedText.withAlpha(shown));
    drawFigure(p, 0, std::to_string(std::lround(row.losses * e.grow)), cy, lineH, theme.mutedText.withAlpha(shown));
  }
  // Zero: drawn last, over the bars' rounded inner ends.
  // It draws down the rows as they enter, and stops at a folding plate's edge.
  const float reach = m.enter(kNationalRowsStart * E, E + theme.stagger * double(count));
  const float axisBottom = std::min(top + 4 + (h * float(count) - 8) * reach, p.foldEdge);
  if (axisBottom > top + 4)
    canvas.fillRect({axisX - 1.5f, top + 4, 3, axisBottom - top - 4}, theme.accent.withAlpha(headerAlpha * 0.9f));
}

bool Gains::animating(const SceneInput& in) const {
  if (!in.results) return false;
  const GainsOptions& o = optionsOf<GainsOptions>(in);
  const Theme& theme = *in.theme;
  // The last row (and the axis after it) settles one stagger per row late.
  const int n = o.topN > 0 ? o.topN : theme.topN;
  const double rows =
      double(std::max<size_t>(nationalRows(Look(in, in.results), RankBy::Net, n, o.unchanged).size(), 2));
  const double E = theme.entrance.seconds;
  return Motion(in).busy(kNationalRowsStart * E + theme.stagger * rows + E, -10, theme.exit.seconds);
}

} // namespace landslide
