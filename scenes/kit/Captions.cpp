#include "kit/Captions.h"

namespace landslide {

std::string resultCaption(const Look& look, const DerivedContest& d) {
  return outcomeCaption(d.outcome, look.shortName(d.winner), look.shortName(d.previousWinner));
}

} // namespace landslide
