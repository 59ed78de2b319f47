// national-share. Shares on a common scale (the leader's share rounded up to ten points),
// the share in white and the change since last time muted beside it; while seats are still
// to count, a chip says how many seats the figures are based on.
#include "NationalShare.h"

#include "kit/NationalPanel.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace landslide {

namespace {

constexpr const char* kTitle = "SHARE OF THE VOTE";

double shareScale(const std::vector<PartyRow>& rows) {
  double most = 0;
  for (const PartyRow& r : rows) most = std::max(most, r.share);
  return roundUp(most * 1.05, 10);
}

} // namespace

Expected<NationalShareOptions> parseNationalShareOptions(const nlohmann::json& options) {
  OptionReader r(options);
  NationalShareOptions o;
  r.common(o);
  r.integer("topN", o.topN, 1, 12);
  r.boolean("allSeats", o.allSeats);
  return finished(r, std::move(o));
}

void NationalShare::draw(const SceneInput& in, Canvas& canvas) const {
  if (!in.results) return;
  const NationalShareOptions& o = optionsOf<NationalShareOptions>(in);
  const Theme& theme = *in.theme;
  const Motion m(in);
  if (m.enter() * (1 - m.exit()) <= 0) return;
  const Look look(in, in.results);
  const int n = o.topN > 0 ? o.topN : theme.topN;
  const float update = m.update();
  std::optional<Look> before;
  if (update < 1) before.emplace(in, in.previous);
  std::vector<PartyRow> now = nationalRows(look, RankBy::Share, n);
  std::vector<PartyRow> was = before ? nationalRows(*before, RankBy::Share, n) : now;
  std::vector<RowTween> rows = tweenRows(was, now, update);
  const double scale = mixd(shareScale(was), shareScale(now), update);

  auto widest = [&](const char* figure, const char* heading) {
    return std::max(canvas.measure(FontRole::Figures, figure), canvas.measure(FontRole::Label, heading));
  };
  const size_t count = std::max<size_t>(now.size(), now.empty() ? 2 : 1);
  NationalLayout layout(canvas, theme, count, {widest("+88.8", "CHANGE"), widest("88.8%", "SHARE")});
  const double E = theme.entrance.seconds;
  Rgba accent = now.empty() ? theme.plateEdge : now.front().colour;
  NationalPaint p = beginPanel(canvas, look, m, layout, layout.headerH + layout.rowH * float(count), accent);
  Canvas::ClipScope clip(canvas, p.plate);
  const float headerAlpha = m.enter(0.1 * E, 0.6 * E) * p.alpha;
  const NationalCount counted = nationalCount(*in.results);
  std::vector<NationalChip> chips;
  if (std::string basis = basisText(counted, o.allSeats); !basis.empty())
    chips.push_back({basis, theme.plateEdge, theme.lightText, 1});
  drawHeader(p, upperText(o.title.value_or(kTitle)), changeSubtitle(look), chips, headerAlpha);
  if (now.empty() && was.empty()) {
    drawEmpty(p, "SHARES FOLLOW THE FIRST FULL RESULTS", layout.rowH, headerAlpha);
    return;
  }
  const Rgba muted = theme.mutedText.withAlpha(headerAlpha);
  canvas.text(FontRole::Label, "PARTY", {layout.nameX, layout.headingBase()}, muted);
  drawHeading(p, 1, "SHARE", headerAlpha);
  drawHeading(p, 0, "CHANGE", headerAlpha);
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
    drawRowName(p, row, y, h, shown);
    const float barH = layout.barHeightFor(h);
    Rect track{layout.barX, by - barH * 0.5f, layout.barW, barH};
    canvas.fillRect(track, theme.track.withAlpha(shown), theme.cornerRadius);
    float w = layout.barW * float(std::clamp(row.share / scale, 0.0, 1.0)) * e.grow;
    if (row.share > 0) w = std::max(w, 3.0f * e.grow);
    canvas.fillRect({track.x, track.y, w, track.h}, row.colour.withAlpha(p.alpha * tw.presence * fold),
                    theme.cornerRadius);
    drawFigure(p, 1, look.share(row.share * e.grow), cy, lineH, theme.lightText.withAlpha(shown));
    if (row.change) drawFigure(p, 0, look.change(*row.change * e.grow), cy, lineH, theme.mutedText.withAlpha(shown));
  }
}

bool NationalShare::animating(const SceneInput& in) const {
  if (!in.results) return false;
  const NationalShareOptions& o = optionsOf<NationalShareOptions>(in);
  const Theme& theme = *in.theme;
  // The last row (and the axis after it) settles one stagger per row late.
  const int n = o.topN > 0 ? o.topN : theme.topN;
  const double rows = double(std::max<size_t>(nationalRows(Look(in, in.results), RankBy::Share, n).size(), 2));
  const double E = theme.entrance.seconds;
  return Motion(in).busy(kNationalRowsStart * E + theme.stagger * rows + E, -10, theme.exit.seconds);
}

} // namespace landslide
