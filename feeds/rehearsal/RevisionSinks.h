#pragma once
// Where a replay's revisions go: a feed file that a serve or console watches (replaced
// atomically), a history directory that keeps every revision (for tests and for
// re-rendering), or a running serve/console's push endpoint (PushSink.h).

#include "feeds/rehearsal/Replay.h"

#include <string>

namespace landslide::rehearsal {

class FileSink final : public RevisionSink {
public:
  explicit FileSink(std::string path) : path_(std::move(path)) {}
  Expected<void> deliver(const Revision& revision) override;

private:
  std::string path_;
};

// DIR/000001.json, DIR/000002.json … and DIR/index.jsonl, one line per revision:
// {"revision":1,"file":"000001.json","night":"2019-12-12T23:00:00+00:00","declared":0,"events":[…]}
class HistorySink final : public RevisionSink {
public:
  HistorySink(std::string dir, const Election& published, const NightPlan& plan)
      : dir_(std::move(dir)), published_(published), plan_(plan) {}
  Expected<void> open(); // creates the directory, empties an old index
  Expected<void> deliver(const Revision& revision) override;
  bool everyRevisionAtMax() const override { return true; }
  static std::string fileName(std::size_t revision);

private:
  std::string dir_;
  const Election& published_;
  const NightPlan& plan_;
};

} // namespace landslide::rehearsal
