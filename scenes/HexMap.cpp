#include "HexMap.h"

#include "hex/HexLegend.h"
#include "hex/HexModel.h"
#include "kit/Motion.h"
#include "kit/Paint.h"

#include <algorithm>

namespace landslide {

HexMap::HexMap() = default;

Expected<SceneOptionsPtr> HexMap::parseOptions(const nlohmann::json& options) const {
  return shared(parseHexMapOptions(options));
}

void HexMap::draw(const SceneInput& in, Canvas& canvas) const {
  if (!in.results || !in.theme) return;
  const Theme& theme = *in.theme;
  const HexMapOptions& options = optionsOf<HexMapOptions>(in);
  HexMapModel model = buildHexMap(layouts_, in, canvas.frame(), canvas.pixelsPerUnit(), options);
  if (!model.layout || model.plateOpen <= 0) return;

  const Rect& plate = model.composition.plate;
  Rect shown = unfold(plate, model.plateOpen);
  canvas.fillRect(shown, theme.plate, theme.cornerRadius);
  Motion motion(in);
  accentStrip(canvas, shown, 6, motion.enter(0.15 * theme.entrance.seconds), theme.accent, theme.cornerRadius);

  // Hexagons and text stay inside the unfolded part of the plate.
  Canvas::ClipScope clip(canvas, shown);
  for (const HexDrawn& h : model.hexes) {
    if (h.ringRadius > 0 && h.ringAlpha > 0)
      strokeHex(canvas, h.centre, h.ringRadius, 2.5f, theme.lightText.withAlpha(h.ringAlpha));
    fillHex(canvas, h.centre, h.radius, h.fill);
    if (h.markerRadius > 0) fillHex(canvas, h.centre, h.markerRadius, h.markerColour);
  }
  drawHexColumn(canvas, in, model, options);
}

bool HexMap::animating(const SceneInput& in) const {
  if (!in.theme) return false;
  HexTimes times = HexTimes::fromTheme(*in.theme);
  Motion m(in);
  // The legend's last row (counting up over a whole entrance) can finish after the last hexagon.
  double legend = 1.4 * in.theme->entrance.seconds + 0.5;
  if (m.busy(std::max(times.entrance, legend), in.theme->page.seconds, times.exit)) return true;
  return !m.out() && m.hasUpdate() && m.within(m.sinceData(), times.pulse);
}

double HexMap::exitSeconds(const Theme& theme) const { return HexTimes::fromTheme(theme).exit; }

} // namespace landslide
