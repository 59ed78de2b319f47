#pragma once
// Shared by the swing scene's two pages: the panel's grid and the swing figures.
#include "kit/Look.h"
#include "kit/Motion.h"
#include "kit/Paint.h"

#include <optional>
#include <string>

namespace landslide {

struct SwingFacts {
  std::optional<SwingFigure> swing;        // as quoted: positive, from → to
  std::string defender, challenger;        // the dial's left and right parties
  std::optional<double> towardsChallenger; // signed Butler swing defender → challenger
  std::optional<double> needed;            // what the challenger needed
  std::string unavailable;                 // why there is no swing to show
};

SwingFacts swingFacts(const Look& look);

struct SwingPanel {
  Grid grid;
  Rect content; // the whole panel's text area
  Rect body;    // below the header
  // Where page one's arrow and quoted figure go, and page two's dial and its legends:
  // side by side and within the body on 16:9 and 1:1, stacked on 9:16.
  Rect arrow, figures, dial;
  float legendTop = 0;
  bool chipLine = false; // the result chip on a line of its own (vertical, square)
};

SwingPanel swingPanel(const Canvas& canvas, const Theme& theme);

struct SwingPaint {
  Canvas& canvas;
  const Look& look;
  const SwingFacts& facts;
  const SwingPanel& panel;
};

// Page one: the arrow and the quoted figure. `grow` 0..1 runs the arrow out.
void drawSwingArrow(const SwingPaint& p, float grow, float alpha);
// Page two: the swingometer. `needle` 0..1 eases the needle from zero to the swing.
void drawSwingDial(const SwingPaint& p, float needle, float alpha);

} // namespace landslide
