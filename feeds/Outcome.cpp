#include "feeds/Outcome.h"

namespace landslide {

std::string outcomeCaption(Outcome outcome, std::string_view winner, std::string_view previous) {
  switch (outcome) {
  case Outcome::None: return {};
  case Outcome::Recount: return "RECOUNT";
  case Outcome::Tie: return "TIE";
  case Outcome::Win: return std::string(winner) + " WIN";
  case Outcome::Hold: return std::string(winner) + " HOLD";
  case Outcome::Gain: return std::string(winner) + " GAIN FROM " + std::string(previous);
  case Outcome::SpeakerReelected: return "SPEAKER RE-ELECTED";
  }
  return {};
}

} // namespace landslide
