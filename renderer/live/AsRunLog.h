#pragma once
// The as-run log: every command with wall time, frame, source, layer, contest and feed
// revision — kept in memory for the console and appended to a file as JSON lines.
#include "BackgroundWriter.h"
#include "Command.h"

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

namespace landslide {

struct AsRunEntry {
  std::string time; // ISO 8601 UTC with milliseconds
  int64_t frame = 0;
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
  void record(AsRunEntry entry);
  std::vector<AsRunEntry> recent(size_t count) const;

private:
  mutable std::mutex mutex_;
  std::deque<AsRunEntry> recent_;
  BackgroundWriter& writer_;
  std::string file_;
};

std::string isoTimeNow();

} // namespace landslide
