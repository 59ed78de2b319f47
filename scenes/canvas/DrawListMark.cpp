#include "DrawListMark.h"

#include <algorithm>

namespace landslide {

DrawListMark markDrawList(const ImDrawList& list) {
  DrawListMark m;
  m.vertices = list.VtxBuffer.Size;
  m.indices = list.IdxBuffer.Size;
  m.commands = list.CmdBuffer.Size;
  m.vtxCurrentIdx = list._VtxCurrentIdx;
  m.tail.assign(list.CmdBuffer.end() - std::min(list.CmdBuffer.Size, 2), list.CmdBuffer.end());
  m.header = list._CmdHeader;
  m.clipStack.assign(list._ClipRectStack.begin(), list._ClipRectStack.end());
  m.textureStack.assign(list._TextureIdStack.begin(), list._TextureIdStack.end());
  return m;
}

void rewindDrawList(ImDrawList& list, const DrawListMark& m) {
  // Only the last command can have been merged away (every earlier one holds elements),
  // so restoring the last two puts the command buffer back exactly.
  list.CmdBuffer.resize(m.commands);
  std::copy(m.tail.begin(), m.tail.end(), list.CmdBuffer.end() - int(m.tail.size()));
  list.IdxBuffer.resize(m.indices);
  list.VtxBuffer.resize(m.vertices);
  list._VtxWritePtr = list.VtxBuffer.Data + m.vertices;
  list._IdxWritePtr = list.IdxBuffer.Data + m.indices;
  list._VtxCurrentIdx = m.vtxCurrentIdx;
  list._CmdHeader = m.header;
  list._ClipRectStack.resize(int(m.clipStack.size()));
  std::copy(m.clipStack.begin(), m.clipStack.end(), list._ClipRectStack.begin());
  list._TextureIdStack.resize(int(m.textureStack.size()));
  std::copy(m.textureStack.begin(), m.textureStack.end(), list._TextureIdStack.begin());
  list._Path.resize(0);
}

} // namespace landslide
