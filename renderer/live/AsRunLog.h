#pragma once
// The as-run log: every command with wall time, frame, timecode, source, layer, contest
// and feed revision — kept in memory for the console and appended to a file as JSON
// lines. `frame` counts the channel's pictures (fields at 50i/59.94i: what render
// --as-run replays by); `timecode` is the label of the output frame holding that picture,
// the one the files and streams carry.
#include "BackgroundWriter.h"
#include "Command.h"

#include "output/Timecode.h"

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

namespace landslide {

struct AsRunEntry {
  std::string time; // ISO 8601 UTC with milliseconds
  int64_t frame = 0;
  std::string timecode; // set by the log from its clock when empty
  std::string source;
  std::string command;
  int layer = 0;
  std::string scene;
  std::string contest;
  int64_t revision = -1; // the contest's feed revision, -1 when unknown
  std::string result;    // "ok" or the error
  // What a re-render needs to apply it again (render --as-run): set by the engine for
  // the commands it applied; refusals recorded by a control server have applied false.
  bool applied = false;
  LayerItem item;    // the command's own scene, contest and options
  bool flag = false; // SET AUTO: the new mode
};

class AsRunLog {
public:
  // file empty: memory only; otherwise JSON lines appended by the writer thread.
  AsRunLog(BackgroundWriter& writer, std::string file);
  // The clock that labels each row's frame (before the first record()).
  void setTimecode(const TimecodeClock& clock);
  void record(AsRunEntry entry);
  std::vector<AsRunEntry> recent(size_t count) const;

private:
  mutable std::mutex mutex_;
  std::deque<AsRunEntry> recent_;
  BackgroundWriter& writer_;
  std::string file_;
  TimecodeClock clock_;
};

std::string isoTimeNow();

} // namespace landslide
