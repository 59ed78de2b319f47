// The swingometer: a semicircle in the defending party's colour on the left and the
// challenger's on the right, the needle eased to the swing, the swing needed marked.
#include "SwingLayout.h"
#include "VoteRows.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace landslide {

namespace {

constexpr float kPi = std::numbers::pi_v<float>;
constexpr float kRadius = 262; // to the middle of the coloured band
constexpr float kBand = 60;    // the band's thickness
constexpr float kHubDrop = 64; // the hub sits this far above the body's bottom

// Points of swing → screen angle: 0 straight up, the range at either end of the dial.
float angleOf(double points, double range) { return -kPi * 0.5f + float(points / range) * kPi * 0.5f; }
Vec2 polar(Vec2 c, float r, float a) { return {c.x + r * std::cos(a), c.y + r * std::sin(a)}; }

} // namespace

void drawSwingDial(const SwingPaint& p, float needle, float alpha) {
  if (alpha <= 0) return;
  Canvas& c = p.canvas;
  const Theme& theme = p.look.theme();
  const Rect& body = p.panel.body;
  const SwingFacts& f = p.facts;
  if (!f.towardsChallenger) {
    std::string why = f.unavailable.empty() ? "NO SWINGOMETER FOR THIS RESULT" : f.unavailable;
    c.text(FontRole::Title, why, {body.x + body.w * 0.5f, centredBaseline(c, FontRole::Title, body.y + body.h * 0.45f)},
           theme.mutedText.withAlpha(alpha), Align::Centre, body.w);
    return;
  }
  const double swing = *f.towardsChallenger;
  double widest = std::max({std::fabs(swing), f.needed ? std::fabs(*f.needed) : 0.0, 5.0});
  const double range = niceAxis(widest * 1.15, 5);
  const Rect& dial = p.panel.dial;
  const Vec2 hub{std::round(dial.x + dial.w * 0.5f), dial.bottom() - kHubDrop};
  Rgba left = p.look.colour(f.defender), right = p.look.colour(f.challenger);

  c.strokeArc(hub, kRadius, -kPi, -kPi * 0.5f, kBand, left.withAlpha(alpha));
  c.strokeArc(hub, kRadius, -kPi * 0.5f, 0, kBand, right.withAlpha(alpha));
  // Scale: a tick every 5 points, numbered every 10, outside the band.
  const float outer = kRadius + kBand * 0.5f;
  for (double v = -range; v <= range + 1e-9; v += 5) {
    float a = angleOf(v, range);
    bool major = std::fmod(std::fabs(v), 10.0) < 1e-9;
    c.line(polar(hub, outer + 6, a), polar(hub, outer + (major ? 22 : 14), a), major ? 3 : 2,
           theme.mutedText.withAlpha(alpha * (major ? 0.9f : 0.6f)));
    bool nearNeeded =
        f.needed && std::fabs(std::fabs(v) - std::fabs(*f.needed)) < range * 0.12 && (v >= 0) == (*f.needed >= 0);
    if (major && !nearNeeded) {
      Vec2 at = polar(hub, outer + 46, a);
      std::string label = p.look.count(int64_t(std::llround(std::fabs(v))));
      c.text(FontRole::Label, label, {at.x, centredBaseline(c, FontRole::Label, at.y)},
             theme.mutedText.withAlpha(alpha), Align::Centre);
    }
  }

  // The swing needed: a white notch across the band with a marker outside it.
  if (f.needed) {
    float a = angleOf(std::clamp(*f.needed, -range, range), range);
    c.line(polar(hub, kRadius - kBand * 0.5f, a), polar(hub, outer, a), 5, theme.accent.withAlpha(alpha));
    Vec2 tip = polar(hub, outer + 2, a), l = polar(hub, outer + 26, a - 0.05f), r = polar(hub, outer + 26, a + 0.05f);
    const Vec2 marker[] = {tip, l, r};
    c.fillConvex(marker, theme.accent.withAlpha(alpha));
  }

  // The needle, from zero to the swing.
  float a = angleOf(std::clamp(swing * needle, -range, range), range);
  Vec2 dir{std::cos(a), std::sin(a)}, perp{-dir.y, dir.x};
  Vec2 tip = polar(hub, outer - 4, a);
  const Vec2 shaft[] = {{hub.x + perp.x * 9, hub.y + perp.y * 9},
                        tip,
                        {hub.x - perp.x * 9, hub.y - perp.y * 9},
                        {hub.x - dir.x * 26, hub.y - dir.y * 26}};
  c.fillConvex(shaft, theme.accent.withAlpha(alpha));
  c.fillCircle(hub, 22, theme.accent.withAlpha(alpha));
  c.fillCircle(hub, 9, theme.plate.withAlpha(alpha));

  // Parties at either end, the figure under the hub, the legend for the marker.
  float chipY = hub.y + 36;
  chip(c, FontRole::Title, p.look.shortName(f.defender), hub.x - kRadius, chipY, Align::Centre, left.withAlpha(alpha),
       p.look.textOn(f.defender, true).withAlpha(alpha), 16, 10, theme.cornerRadius, 2);
  chip(c, FontRole::Title, p.look.shortName(f.challenger), hub.x + kRadius, chipY, Align::Centre,
       right.withAlpha(alpha), p.look.textOn(f.challenger, true).withAlpha(alpha), 16, 10, theme.cornerRadius, 2);
  std::string figure = p.look.percent(std::fabs(swing) * needle);
  std::string towards = swing >= 0 ? f.challenger : f.defender;
  c.text(FontRole::Title, figure, {hub.x, hub.y + 44 + c.capHeight(FontRole::Title)}, theme.lightText.withAlpha(alpha),
         Align::Centre);
  Rgba muted = theme.mutedText.withAlpha(alpha);
  float legendBase = p.panel.legendTop + c.capHeight(FontRole::Label);
  c.text(FontRole::Label, "SWING TO " + p.look.shortName(towards), {body.x, legendBase}, muted);
  c.text(FontRole::Title, p.look.percent(std::fabs(swing)), {body.x, legendBase + 16 + c.capHeight(FontRole::Title)},
         theme.lightText.withAlpha(alpha));
  if (f.needed) {
    std::string needs = p.look.shortName(f.challenger) + " NEEDED";
    c.text(FontRole::Label, needs, {body.right(), legendBase}, muted, Align::Right);
    float w = c.text(FontRole::Title, p.look.percent(*f.needed),
                     {body.right(), legendBase + 16 + c.capHeight(FontRole::Title)}, theme.lightText.withAlpha(alpha),
                     Align::Right);
    float mx = body.right() - w - 24, my = legendBase + 16 + c.capHeight(FontRole::Title) * 0.5f;
    const Vec2 marker[] = {{mx, my + 11}, {mx - 11, my - 9}, {mx + 11, my - 9}};
    c.fillConvex(marker, theme.accent.withAlpha(alpha));
  }
}

} // namespace landslide
