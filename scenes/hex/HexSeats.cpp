#include "HexSeats.h"

#include "feeds/Snapshot.h"
#include "kit/Look.h"

namespace landslide {

HexSeats hexSeats(const HexLayout* layout, const ResultsSnapshot* snapshot) {
  HexSeats out;
  out.layout = layout;
  if (!layout) return out;
  out.seats.resize(layout->cells().size());
  if (!snapshot) return out;
  const auto& contests = snapshot->contests();
  for (const DerivedContest& c : contests) {
    auto cell = layout->find(c.id);
    if (!cell) {
      ++out.unmatched;
      continue;
    }
    ++out.matched;
    HexSeat& seat = out.seats[*cell];
    seat.previousWinner = c.previousWinner;
    if (hasResult(c.status) && !c.winner.empty()) {
      seat.state = HexState::Won;
      seat.winner = c.winner;
      seat.gain = c.gain;
    } else {
      seat.state = c.status == ContestStatus::Recount ? HexState::Recount : HexState::Awaiting;
    }
  }
  return out;
}

HexPalette HexPalette::fromTheme(const Theme& theme) {
  HexPalette p;
  // Awaiting seats sit a step above the plate: the shape of the country is there, quietly.
  p.awaiting = lerp(theme.track, theme.plateEdge, 0.55f).withAlpha(1);
  p.absent = lerp(theme.track, theme.plate.withAlpha(1), 0.5f).withAlpha(1);
  p.dimBase = theme.track.withAlpha(1);
  return p;
}

HexPaint paintSeat(const HexSeat& seat, const Look& look, const HexPalette& palette, bool gainsOnly) {
  HexPaint paint;
  switch (seat.state) {
  case HexState::Absent: paint.fill = palette.absent; break;
  case HexState::Awaiting: paint.fill = palette.awaiting; break;
  case HexState::Recount:
    paint.fill = palette.awaiting;
    paint.marker = true; // an amber dot: counted, not settled
    paint.markerColour = look.theme().alert;
    break;
  case HexState::Won:
    paint.fill = look.colour(seat.winner).withAlpha(1); // the party colour itself, never a tint
    paint.marker = seat.gain;
    paint.markerColour = look.textOn(seat.winner, true);
    break;
  }
  if (gainsOnly) {
    if (seat.state == HexState::Won && seat.gain) {
      paint.marker = false; // every seat left bright is a gain: the dot would say it twice
    } else {
      // Holds keep a trace of their colour so the page still reads as the same map.
      bool won = seat.state == HexState::Won;
      paint.fill = lerp(paint.fill, palette.dimBase, won ? 0.86f : 0.5f);
      paint.marker = false;
    }
  }
  return paint;
}

} // namespace landslide
