#include "TestCard.h"

#include <algorithm>

namespace landslide {

namespace {
constexpr double kBarSeconds = 1.2;
}

void TestCard::draw(const SceneInput& in, Canvas& canvas) const {
  const Theme& theme = *in.theme;
  const SafeAreas areas = safeAreasFor(canvas.frame(), canvas.shape(), theme.titleSafe, theme.actionSafe);
  const Rect safe = areas.title;
  // Vertical and square: a taller plate, the title and subtitle across it, the figures
  // on a line of their own above the bar.
  const bool tall = canvas.shape() != Shape::Wide;
  float enter = theme.entrance.easing(progress(in.sinceTake(), 0, theme.entrance.seconds));
  float leave = in.timing.outFrame ? theme.exit.easing(progress(in.sinceOut(), 0, theme.exit.seconds)) : 0.0f;
  float shown = enter * (1 - leave);
  if (shown <= 0) return;

  // The plate slides up from below title-safe and fades.
  const float plateH = tall ? 320 : 220;
  // (On a vertical or square picture it slides no further than action-safe.)
  const float slide = tall ? std::min(60.0f, areas.action.bottom() - safe.bottom()) : 60.0f;
  Rect plate{safe.x, safe.bottom() - plateH + (1 - shown) * slide, safe.w, plateH};
  canvas.fillRect(plate, theme.plate.withAlpha(shown), theme.cornerRadius);
  Rgba con = theme.partyColour("CON"), lab = theme.partyColour("LAB");
  canvas.gradientRect({plate.x, plate.y, plate.w, 10}, con.withAlpha(shown), lab.withAlpha(shown), true);

  const float pad = 36, textW = tall ? plate.w - 2 * pad : plate.w * 0.6f;
  const float figureBase = tall ? plate.y + 226 : plate.y + 92, labelBase = tall ? figureBase : plate.y + 150;
  const float barY = tall ? plate.y + 258 : plate.y + 176;
  std::string title = optionsOf<SceneOptions>(in).title.value_or("LANDSLIDE TEST CARD");
  canvas.text(FontRole::Headline, title, {plate.x + pad, plate.y + 92}, theme.lightText.withAlpha(shown), Align::Left,
              textW);
  std::string subtitle = in.timing.page == 0 ? "Ynys Môn · Ceredigion Preseli · Dŵr · Ŵyn" : "Page two: 1,192 − 24,664";
  canvas.text(FontRole::Body, subtitle, {plate.x + pad, plate.y + 150}, theme.mutedText.withAlpha(shown), Align::Left,
              textW);

  // A bar that grows in, its figure counting with tabular digits.
  float grow = theme.entrance.easing(progress(in.sinceTake(), 0.2, kBarSeconds));
  Rect track{plate.x + pad, barY, tall ? plate.w - 2 * pad - 340 : plate.w * 0.6f, 22};
  canvas.fillRect(track, theme.plateEdge.withAlpha(shown), 4);
  canvas.fillRect({track.x, track.y, track.w * 0.62f * grow, track.h}, lab.withAlpha(shown), 4);
  int64_t votes = int64_t(13872 * grow);
  canvas.text(FontRole::Figures, theme.formatCount(votes), {tall ? plate.x + pad : plate.right() - pad, figureBase},
              theme.lightText.withAlpha(shown), tall ? Align::Left : Align::Right);
  canvas.text(FontRole::Label, theme.formatDecimal(-28.65, 1, true) + " pts", {plate.right() - pad, labelBase},
              theme.mutedText.withAlpha(shown), Align::Right);

  // A swing arrow from Con blue to Lab red.
  float ax = plate.right() - pad - 300;
  const float tailY = tall ? barY + 22 : plate.y + 190, tipY = tall ? barY + 6 : plate.y + 170;
  canvas.arrow({ax, tailY}, {ax + 260 * grow + 1, tipY}, 14, 40, 34, con.withAlpha(shown), lab.withAlpha(shown));
}

bool TestCard::animating(const SceneInput& in) const {
  const Theme& theme = *in.theme;
  double settle = std::max(theme.entrance.seconds, 0.2 + kBarSeconds);
  if (in.sinceTake() < settle) return true;
  return in.timing.outFrame && in.sinceOut() <= theme.exit.seconds;
}

} // namespace landslide
