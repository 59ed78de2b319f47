#pragma once
// HexModel: one frame of the hex map as data — where the plate, the column and the map
// go, and every hexagon's position, size and colours at this frame (entrance ripple,
// update pulse, page two's dimming). HexMap draws it; tests read it.
#include "HexGeometry.h"
#include "HexSeats.h"
#include "Scene.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace landslide {

struct HexMapOptions : SceneOptions { // title replaces the election name over the count
  int legendRows = 16;                // legend rows before the rest are summed as Others (4..24)
  float gap = 2;                      // design units between neighbouring hexagons (0..6)
};
Expected<HexMapOptions> parseHexMapOptions(const nlohmann::json& options);

// Where the parts go on a frame (design units).
// 16:9: the column on the left, the map on the right. 9:16 and 1:1 (`stacked`): the count
// across the top; on 9:16 the map under it, as wide as the frame allows, and the legend in
// three columns below; on 1:1 the map on the left and the legend in a column on its right.
struct HexComposition {
  Rect plate;  // the panel behind everything
  Rect column; // 16:9: the count and the legend (text: inside title-safe)
  HexFit fit;  // the map
  bool stacked = false;
  Rect header;           // stacked: the election and the count
  Rect legend;           // stacked: headings, legend rows, then the key and the boundaries
  int legendColumns = 1; // stacked: legend rows side by side
  int legendRows = 0;    // stacked: the most rows the legend shows (the rest are Others)
};
// Stacked legends: the headings, `rows` rows and the foot (key and boundaries).
inline constexpr float kHexStackedHead = 40, kHexStackedRow = 40, kHexStackedFoot = 66;
// On 9:16 the key and the boundaries go in the header, so the legend has no foot.
inline float hexStackedLegendHeight(int rows, bool foot) {
  return kHexStackedHead + float(rows) * kHexStackedRow + (foot ? kHexStackedFoot : 0);
}
HexComposition composeHexMap(const Rect& frame, float pixelsPerUnit, const Theme& theme, const HexLayout& layout,
                             const HexMapOptions& options);

// Durations derived from the theme, seconds.
struct HexTimes {
  double hexStart, spread, hexIn; // entrance: first hexagon, ripple across the map, one hexagon
  double entrance;                // until everything is in
  double exit;                    // OUT until the layer is empty
  double pulse;                   // a newly declared seat's pulse
  static HexTimes fromTheme(const Theme& theme);
};

struct HexDrawn {
  std::size_t cell = 0;
  Vec2 centre;
  float radius = 0; // painted radius this frame
  Rgba fill;
  float markerRadius = 0; // 0: no marker
  Rgba markerColour;
  float ringRadius = 0; // the pulse's expanding ring (0: none)
  float ringAlpha = 0;
  bool pulsing = false; // newly declared: drawn over its neighbours
};

struct HexMapModel {
  const HexLayout* layout = nullptr; // null: nothing of this feed is on a map
  int matched = 0, unmatched = 0;
  HexSeats now, before; // `before`: the previous snapshot on the same map (empty without one)
  HexComposition composition;
  std::vector<HexDrawn> hexes; // visible this frame, in draw order (pulsing seats last)
  float plateOpen = 0;         // the plate unfolding (entrance) and folding (exit)
  float textAlpha = 0;         // the column's text
  float gainsPage = 0;         // 0 page one … 1 page two (cross-fades)
  float update = 1;            // 0 → 1 from the previous data to the current
};

HexMapModel buildHexMap(const HexLayouts& layouts, const SceneInput& in, const Rect& frame, float pixelsPerUnit,
                        const HexMapOptions& options);

} // namespace landslide
