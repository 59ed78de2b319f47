#pragma once
// HexSeats: what each hexagon of a map shows for one snapshot — awaiting, a recount, or
// won (by whom, from whom) — and what it looks like on each page. Pure data, no drawing.
#include "HexLayout.h"
#include "canvas/Colour.h"

#include <string>
#include <vector>

namespace landslide {

class Look;
struct Theme;

enum class HexState {
  Absent,   // the seat is on the map but not in this feed (a by-election feed, say)
  Awaiting, // in the feed, no result yet
  Recount,  // a recount with no winner yet
  Won,      // a winner is known (declared, winner-only, corrected)
};

struct HexSeat {
  HexState state = HexState::Absent;
  std::string winner;         // canonical party code, "" unless Won
  std::string previousWinner; // canonical, "" when unknown
  bool gain = false;          // Won from another party
};

struct HexSeats {
  const HexLayout* layout = nullptr;
  std::vector<HexSeat> seats; // one per layout cell, in cell order
  int matched = 0;            // the feed's contests on the map
  int unmatched = 0;          // the feed's contests the map does not have (not drawn)
};

// The snapshot's seats on `layout` (null layout or snapshot: every seat Absent or none).
HexSeats hexSeats(const HexLayout* layout, const ResultsSnapshot* snapshot);

// The colours a seat is painted in: page one shows every result; page two (gainsOnly)
// keeps gains at full strength and dims everything else.
struct HexPalette {
  Rgba awaiting; // neutral: dark, quiet, clearly "not yet"
  Rgba absent;   // quieter still: not part of this feed
  Rgba dimBase;  // what page two dims towards
  static HexPalette fromTheme(const Theme& theme);
};

struct HexPaint {
  Rgba fill;
  bool marker = false; // a gain's inner marker
  Rgba markerColour;
};

HexPaint paintSeat(const HexSeat& seat, const Look& look, const HexPalette& palette, bool gainsOnly);

} // namespace landslide
