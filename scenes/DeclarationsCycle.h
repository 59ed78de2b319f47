#pragma once
// The declarations strip's timeline: which declaration is on screen at a frame and which
// change is under way, from the frame and the layer's timing alone. TAKE anchors the
// cycle (slot k shows the k-th latest, wrapping after `count`); a new latest declaration
// interrupts it at once and holds until the next slot boundary at least `hold` later, then
// the cycle resumes where TAKE's rhythm has got to. Integer frames throughout, so hours on
// air cost nothing and any frame can be drawn directly.
#include "Scene.h"

#include <cstdint>
#include <nlohmann/json.hpp>

namespace landslide {

struct DerivedContest;

struct DeclarationsOptions : SceneOptions {
  int count = 10;    // how many of the latest declarations to cycle (1..50)
  double hold = 4.0; // seconds each one holds (1.5..60)
};
// Missing values take the default; a value out of the ranges above is refused.
Expected<DeclarationsOptions> parseDeclarationsOptions(const nlohmann::json& options);

// One declaration as it is drawn: the contest and the snapshot it belongs to (the
// outgoing one may be from the data before an update). contest null: nothing declared.
struct StripItem {
  const ResultsSnapshot* data = nullptr;
  const DerivedContest* contest = nullptr;
  int position = -1; // in the cycle: 0 = the latest declared
  bool sameAs(const StripItem& other) const;
};

struct StripMoment {
  StripItem shown;               // on screen, or coming in
  StripItem outgoing;            // leaving, while a change is under way
  bool changing = false;         // a change between outgoing and shown is under way
  bool byUpdate = false;         // the change is a data update's (else the cycle's)
  double since = 0, seconds = 0; // into the change and its length, seconds
};

// The strip at in.frame. Cycle changes last theme.page, an update's theme.update.
StripMoment stripMoment(const SceneInput& in, const DeclarationsOptions& options);
// True while a change is under way at in.frame, or starts on the next frame (one frame
// spare either side, as Motion::within).
bool stripChanging(const SceneInput& in, const DeclarationsOptions& options);

} // namespace landslide
