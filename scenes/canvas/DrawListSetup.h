#pragma once
// How a program frame's draw list is set up: the tessellation, anti-aliasing and clip of
// the shared data, and each frame's clip rect and font texture. The program channel and
// the CPU scene tests both use it, so the tests see the vertices that go on air.
#include "FontBank.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace landslide {

void configureDrawListData(ImDrawListSharedData& shared, const FontBank& fonts, int width, int height);
// Resets the list for a new frame and pushes the full-frame clip and the font atlas.
void beginProgramDrawList(ImDrawList& list, const FontBank& fonts, int width, int height);

} // namespace landslide
