#include "TestCard.h"

#include <algorithm>

namespace landslide {

namespace {
constexpr double kBarSeconds = 1.2;
}

void TestCard::draw(const SceneInput& in, Canvas& canvas) const {
  const Theme& theme = *in.theme;
  const Rect safe = safeArea(canvas.frame(), theme.titleSafe);
  float enter = theme.entrance.easing(progress(in.sinceTake(), 0, theme.entrance.seconds));
  float leave = in.timing.outFrame ? theme.exit.easing(progress(in.sinceOut(), 0, theme.exit.seconds)) : 0.0f;
  float shown = enter * (1 - leave);
  if (shown <= 0) return;

  // The plate slides up from below title-safe and fades.
  const float plateH = 220;
  Rect plate{safe.x, safe.bottom() - plateH + (1 - shown) * 60, safe.w, plateH};
  canvas.fillRect(plate, theme.plate.withAlpha(shown), theme.cornerRadius);
  Rgba con = theme.partyColour("CON"), lab = theme.partyColour("LAB");
  canvas.gradientRect({plate.x, plate.y, plate.w, 10}, con.withAlpha(shown), lab.withAlpha(shown), true);

  const float pad = 36;
  std::string title = optionsOf<SceneOptions>(in).title.value_or("LANDSLIDE TEST CARD");
  canvas.text(FontRole::Headline, title, {plate.x + pad, plate.y + 92}, theme.lightText.withAlpha(shown), Align::Left,
              plate.w * 0.6f);
  std::string subtitle = in.timing.page == 0 ? "Ynys Môn · Ceredigion Preseli · Dŵr · Ŵyn" : "Page two: 1,192 − 24,664";
  canvas.text(FontRole::Body, subtitle, {plate.x + pad, plate.y + 150}, theme.mutedText.withAlpha(shown), Align::Left,
              plate.w * 0.6f);

  // A bar that grows in, its figure counting with tabular digits.
  float grow = theme.entrance.easing(progress(in.sinceTake(), 0.2, kBarSeconds));
  Rect track{plate.x + pad, plate.y + 176, plate.w * 0.6f, 22};
  canvas.fillRect(track, theme.plateEdge.withAlpha(shown), 4);
  canvas.fillRect({track.x, track.y, track.w * 0.62f * grow, track.h}, lab.withAlpha(shown), 4);
  int64_t votes = int64_t(13872 * grow);
  canvas.text(FontRole::Figures, theme.formatCount(votes), {plate.right() - pad, plate.y + 92},
              theme.lightText.withAlpha(shown), Align::Right);
  canvas.text(FontRole::Label, theme.formatDecimal(-28.65, 1, true) + " pts", {plate.right() - pad, plate.y + 150},
              theme.mutedText.withAlpha(shown), Align::Right);

  // A swing arrow from Con blue to Lab red.
  float ax = plate.right() - pad - 300;
  canvas.arrow({ax, plate.y + 190}, {ax + 260 * grow + 1, plate.y + 170}, 14, 40, 34, con.withAlpha(shown),
               lab.withAlpha(shown));
}

bool TestCard::animating(const SceneInput& in) const {
  const Theme& theme = *in.theme;
  double settle = std::max(theme.entrance.seconds, 0.2 + kBarSeconds);
  if (in.sinceTake() < settle) return true;
  return in.timing.outFrame && in.sinceOut() <= theme.exit.seconds;
}

} // namespace landslide
