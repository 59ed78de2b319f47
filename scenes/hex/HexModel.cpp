#include "HexModel.h"

#include "kit/Look.h"
#include "kit/Motion.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace landslide {

namespace {

constexpr float kColumnW = 440;  // the count and legend
constexpr float kGutter = 56;    // between the column and the map
constexpr float kMarker = 0.34f; // a gain's dot, as a fraction of the hexagon
constexpr int kLoudLanding = 12; // more seats than this in one update: flash only

HexPaint blend(const HexPaint& a, const HexPaint& b, float t, float& markerWeight) {
  HexPaint out = b;
  out.fill = lerp(a.fill, b.fill, t);
  markerWeight = (a.marker ? 1 - t : 0) + (b.marker ? t : 0);
  out.marker = markerWeight > 0;
  out.markerColour = b.marker ? b.markerColour : a.markerColour;
  return out;
}

// Page one and page two of a seat, cross-faded by the page turn.
HexPaint pagePaint(const HexSeat& seat, const Look& look, const HexPalette& palette, float gainsPage,
                   float& markerWeight) {
  HexPaint one = paintSeat(seat, look, palette, false);
  if (gainsPage <= 0) return markerWeight = one.marker ? 1.0f : 0.0f, one;
  return blend(one, paintSeat(seat, look, palette, true), gainsPage, markerWeight);
}

float clamp01(double v) { return float(std::clamp(v, 0.0, 1.0)); }

} // namespace

Expected<HexMapOptions> parseHexMapOptions(const nlohmann::json& options) {
  OptionReader r(options);
  HexMapOptions o;
  r.common(o);
  r.integer("legendRows", o.legendRows, 4, 24);
  double gap = o.gap;
  r.number("gap", gap, 0, 6);
  o.gap = float(gap);
  return finished(r, std::move(o));
}

namespace {
constexpr float kStackGap = 24;         // between the header, the map and the legend
constexpr float kHeaderH = 104;         // stacked: the election over the count, and its rule
constexpr int kVerticalLegendRows = 12; // 9:16: three columns of four
constexpr float kSquareColumnW = 290;   // 1:1: the legend beside the map

HexComposition composeStacked(const Rect& frame, Shape shape, float ppu, const Theme& theme, const HexLayout& layout,
                              const HexMapOptions& options) {
  const SafeAreas safe = safeAreasFor(frame, shape, theme.titleSafe, theme.actionSafe);
  const Rect content = safe.title.inset(theme.margin, theme.margin);
  HexComposition c;
  c.stacked = true;
  c.header = {content.x, content.y, content.w, kHeaderH};
  const float top = c.header.bottom() + kStackGap;
  if (shape == Shape::Vertical) {
    c.legendColumns = 3;
    // hexLegendRows may name a lone last party beside Others: one row spare.
    c.legendRows = std::min(options.legendRows, kVerticalLegendRows - 1);
    float legendH = hexStackedLegendHeight(kVerticalLegendRows / 3, false);
    c.legend = {content.x, content.bottom() - legendH, content.w, legendH};
    c.fit = fitHexes(layout, {content.x, top, content.w, c.legend.y - kStackGap - top}, ppu, options.gap);
  } else {
    c.legendColumns = 1;
    c.legendRows = options.legendRows;
    const float mapW = content.w - kSquareColumnW - kGutter;
    c.fit = fitHexes(layout, {content.x, top, mapW, content.bottom() - top}, ppu, options.gap);
    // The map keeps to the left; the legend column follows its right edge.
    float x = c.fit.box.right() + kGutter;
    c.legend = {x, top, content.right() - x, content.bottom() - top};
  }
  c.plate = safe.action;
  return c;
}
} // namespace

HexComposition composeHexMap(const Rect& frame, float ppu, const Theme& theme, const HexLayout& layout,
                             const HexMapOptions& options) {
  const Shape shape = nearestShape(int(std::lround(frame.w)), int(std::lround(frame.h)));
  if (shape != Shape::Wide) return composeStacked(frame, shape, ppu, theme, layout, options);
  Rect title = safeArea(frame, theme.titleSafe), action = safeArea(frame, theme.actionSafe);
  Rect content = title.inset(theme.margin, theme.margin);
  HexFit probe = fitHexes(layout, {content.x, content.y, content.w - kColumnW - kGutter, content.h}, ppu, options.gap);
  float total = kColumnW + kGutter + probe.box.w;
  float left = std::max(content.x, frame.x + (frame.w - total) * 0.5f);
  HexComposition c;
  c.column = {left, content.y, kColumnW, content.h};
  // A hair wider than the probe so the width never binds tighter than it did.
  c.fit = fitHexes(layout, {left + kColumnW + kGutter, content.y, probe.box.w + 1, content.h}, ppu, options.gap);
  float x0 = std::max(action.x, left - theme.padding);
  float x1 = std::min(action.right(), c.fit.box.right() + theme.padding);
  c.plate = {x0, action.y, x1 - x0, action.h};
  return c;
}

HexTimes HexTimes::fromTheme(const Theme& theme) {
  HexTimes t;
  double E = theme.entrance.seconds;
  t.hexStart = 0.2 * E;
  t.spread = 0.9 * E;
  t.hexIn = 0.6 * E;
  t.entrance = t.hexStart + t.spread + t.hexIn;
  t.exit = 1.6 * theme.exit.seconds;
  t.pulse = std::max(1.6 * theme.update.seconds, 0.8);
  return t;
}

HexMapModel buildHexMap(const HexLayouts& layouts, const SceneInput& in, const Rect& frame, float ppu,
                        const HexMapOptions& options) {
  HexMapModel m;
  if (!in.results || !in.theme) return m;
  const Theme& theme = *in.theme;
  const HexTimes times = HexTimes::fromTheme(theme);
  Motion motion(in);
  HexLayouts::Choice choice = layouts.choose(*in.results);
  m.layout = choice.layout;
  if (!m.layout && !layouts.all().empty()) m.layout = &layouts.all().front(); // for the frame's geometry
  if (!m.layout) return m;
  m.composition = composeHexMap(frame, ppu, theme, *m.layout, options);

  // The plate unfolds over the entrance and folds back at the end of the exit.
  const double X = times.exit;
  m.plateOpen = motion.enter(0, theme.entrance.seconds) * (1 - motion.exit(0.6 * X, 0.4 * X));
  m.textAlpha =
      motion.enter(0.3 * theme.entrance.seconds, 0.6 * theme.entrance.seconds) * (1 - motion.exit(0, 0.35 * X));
  m.gainsPage = in.timing.page >= 1 ? motion.page() : 0;
  m.update = motion.update();
  if (!choice.layout) return m; // nothing of this feed is on a map: the column says so

  m.matched = choice.matched;
  m.now = hexSeats(m.layout, in.results);
  m.unmatched = m.now.unmatched;
  const bool updating = motion.hasUpdate();
  if (updating) m.before = hexSeats(m.layout, in.previous);

  Look look(in, in.results);
  HexPalette palette = HexPalette::fromTheme(theme);
  const HexFit& fit = m.composition.fit;
  const Vec2 mid{fit.box.x + fit.box.w * 0.5f, fit.box.y + fit.box.h * 0.5f};
  const float reach = std::hypot(fit.box.w, fit.box.h) * 0.5f;
  const double sinceTake = motion.sinceTake(), sinceOut = in.sinceOut(), sinceData = motion.sinceData();
  std::vector<HexDrawn> pulsing;
  // A handful of seats landing pulse, swell and ring; a batch (a feed catching up) only
  // flashes, or the map would be a storm of rings.
  int landing = 0;
  if (updating)
    for (std::size_t i = 0; i < m.now.seats.size(); ++i)
      landing += m.before.seats[i].state != HexState::Won && m.now.seats[i].state == HexState::Won;
  const bool loud = landing <= kLoudLanding;
  const auto& cells = m.layout->cells();
  for (std::size_t i = 0; i < cells.size(); ++i) {
    HexDrawn h;
    h.cell = i;
    h.centre = fit.centre(cells[i]);
    // The ripple runs out from the middle of the map; the exit runs it back in.
    float d = std::min(1.0f, std::hypot(h.centre.x - mid.x, h.centre.y - mid.y) / reach);
    float in01 = theme.entrance.easing(progress(sinceTake, times.hexStart + times.spread * d, times.hexIn));
    float out01 = motion.out() ? theme.exit.easing(progress(sinceOut, 0.35 * X * (1 - d), 0.45 * X)) : 0.0f;
    float alpha = std::min(1.0f, in01 * 1.6f) * (1 - out01);
    if (alpha <= 0) continue;
    float scale = (0.25f + 0.75f * in01) * (1 - 0.75f * out01);

    const HexSeat& now = m.now.seats[i];
    float weight = 0;
    HexPaint paint = pagePaint(now, look, palette, m.gainsPage, weight);
    if (updating) {
      const HexSeat& was = m.before.seats[i];
      float wasWeight = 0;
      HexPaint before = pagePaint(was, look, palette, m.gainsPage, wasWeight);
      if (was.state != HexState::Won && now.state == HexState::Won) {
        // Newly declared: a white flash settling into the party colour, a brief swell
        // over its neighbours and a ring running out from it.
        float p = clamp01(sinceData / times.pulse);
        if (p < 1) {
          h.pulsing = true;
          float flash = 1 - theme.update.easing(clamp01(p / 0.6));
          paint.fill = lerp(paint.fill, theme.lightText, 0.85f * flash);
          if (loud) scale *= 1 + 0.45f * std::sin(3.14159265f * clamp01(p / 0.5));
          weight *= clamp01((p - 0.35) / 0.3);
          float ring = 1 - (1 - p) * (1 - p) * (1 - p);
          if (loud) {
            h.ringRadius = fit.drawRadius * (1.15f + 1.9f * ring);
            h.ringAlpha = (1 - p) * (1 - p) * alpha;
          }
        }
      } else if (m.update < 1) {
        float w = 0;
        paint = blend(before, paint, m.update, w);
        weight = w;
      }
      (void)wasWeight;
    }
    h.radius = fit.drawRadius * scale;
    h.fill = paint.fill.withAlpha(alpha);
    if (paint.marker && weight > 0) {
      h.markerRadius = fit.drawRadius * kMarker * scale * std::min(1.0f, weight);
      h.markerColour = paint.markerColour.withAlpha(alpha * std::min(1.0f, weight));
    }
    (h.pulsing ? pulsing : m.hexes).push_back(h);
  }
  m.hexes.insert(m.hexes.end(), pulsing.begin(), pulsing.end());
  return m;
}

} // namespace landslide
