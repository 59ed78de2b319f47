#pragma once
// A point in a Dear ImGui draw list to cut it back to: what a layer drew after the mark
// (vertices, indices, commands, clip and texture pushes) goes, and the list is exactly
// as it was — so a scene that throws halfway leaves nothing behind and the next layer's
// commands are the ones it would have had without it.
#include <imgui.h>

#include <vector>

namespace landslide {

struct DrawListMark {
  int vertices = 0, indices = 0, commands = 0;
  unsigned vtxCurrentIdx = 0;
  // The last two commands as they were: drawing extends the last one, and a clip change
  // back to the previous command's state merges into (and extends) that one instead.
  std::vector<ImDrawCmd> tail;
  ImDrawCmdHeader header{};
  std::vector<ImVec4> clipStack;
  std::vector<ImTextureID> textureStack;
};

DrawListMark markDrawList(const ImDrawList& list);
void rewindDrawList(ImDrawList& list, const DrawListMark& mark);

} // namespace landslide
