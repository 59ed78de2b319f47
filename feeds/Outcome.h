#pragma once
// What a declaration did, as a value — feeds say what happened (won, held, gained from
// whom, the Speaker re-elected), and the words for it are built in one place from party
// names the caller chooses: the feed's short names for `feed derive`, the layer's
// overridden ones on a graphic (scenes/kit/Captions.h), so a graphic never names one
// party two ways.
#include <string>
#include <string_view>

namespace landslide {

enum class Outcome {
  None,             // awaiting, or declared without a winner
  Recount,          // a recount is under way
  Tie,              // top two level, no winner by lot
  Win,              // a winner with no previous result to compare
  Hold,             // the previous winner won again
  Gain,             // the winner took the seat from the previous winner
  SpeakerReelected, // the Speaker, whose seat is not a gain or a hold
};

// "LAB GAIN FROM CON", "CON HOLD", "GRN WIN", "SPEAKER RE-ELECTED", "RECOUNT", "TIE", "".
std::string outcomeCaption(Outcome outcome, std::string_view winner, std::string_view previous);

} // namespace landslide
