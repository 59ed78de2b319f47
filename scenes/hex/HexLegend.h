#pragma once
// HexLegend: the column beside the map — the count ("412 OF 650 DECLARED"), a compact
// legend of the parties on the map and a key. Page one: seats per party with the net
// change; page two: gains per party.
#include "HexModel.h"
#include "feeds/Derived.h"

#include <optional>
#include <string>
#include <vector>

namespace landslide {

class Look;

struct HexLegendRow {
  std::string party;      // canonical code; "" for Others, "-" for the seats to declare
  std::string label;      // "LAB", "OTHERS", "TO DECLARE"
  int value = 0;          // seats (page one) or gains (page two), counted up through an update
  std::optional<int> net; // page one: net change since last time, when there is a last time
  Rgba swatch;
};

// The rows of one page; `before` (may be null) is what an update counts up from.
std::vector<HexLegendRow> hexLegendRows(const Look& look, const ElectionTotals& now, const ElectionTotals* before,
                                        float update, bool gainsPage, int maxRows);

void drawHexColumn(Canvas& canvas, const SceneInput& in, const HexMapModel& model, const HexMapOptions& options);

} // namespace landslide
