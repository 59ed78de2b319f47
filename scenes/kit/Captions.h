#pragma once
// The words a graphic says about a result, built where the layer's short-name overrides
// are applied: the feed gives the outcome and the parties as codes, Look names them. Every
// scene captions through here, so a caption never names a party differently from the
// chips and rows beside it (the feed's own DerivedContest::caption is not drawn).
#include "kit/Look.h"

#include <string>

namespace landslide {

// "LAB GAIN FROM CON", "CON HOLD", "SPEAKER RE-ELECTED", "RECOUNT", "TIE", "" — in the
// layer's short names.
std::string resultCaption(const Look& look, const DerivedContest& contest);

} // namespace landslide
