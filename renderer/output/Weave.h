#pragma once
// Interlacing two progressive pictures into one frame, on RGBA8 buffers (top row first).
//
// The anti-twitter filter: each field's lines come from its own picture after a vertical
// [1 2 1]/4 low-pass, the filter a broadcast graphics engineer expects. A detail one line
// high (a hairline rule, the serif of small type) would otherwise land in one field only
// and flash at the frame rate; the low-pass spreads it over the lines of both fields. It
// is applied to each picture before its lines are taken, not to the woven frame: filtering
// across the woven lines would mix the two fields' moments and smear every moving edge
// into a double image. On a still picture the two are the same.
#include <cstdint>
#include <vector>

namespace landslide {

enum class WeaveAlpha {
  Premultiplied, // colour is premultiplied (or alpha is 255): every channel filters alike
  Straight,      // colour is straight: filtered weighted by alpha, so clear pixels add no colour
};

// A frame whose even rows (0, 2, 4 …, the top field) are the filtered `top` picture's and
// odd rows the filtered `bottom` picture's. Both are width * height * 4 bytes.
std::vector<uint8_t> weaveFields(const std::vector<uint8_t>& top, const std::vector<uint8_t>& bottom, int width,
                                 int height, WeaveAlpha alpha);

// One row of a picture after the vertical [1 2 1]/4 low-pass (edges repeat the border row),
// written to `out` (width * 4 bytes).
void lowPassRow(const uint8_t* picture, int width, int height, int row, WeaveAlpha alpha, uint8_t* out);

} // namespace landslide
