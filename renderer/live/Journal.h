#pragma once
// The playout journal: what is on air, written after every change so that a restart
// (after SIGTERM or a crash) puts the same graphics back, already settled. Reading it
// never throws and never trusts it: a journal is a file anyone (or a full disk) may have
// damaged, so each part that cannot be read is a warning naming the file and JSON path,
// and the rest is restored.
#include "playout/Playout.h"

#include "feeds/base/Problem.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace landslide {

// A journal past this is refused on write and on read: restart must stay quick however
// many options clients sent (16 MiB is thousands of layers).
inline constexpr std::size_t kMaxJournalBytes = 16u << 20;
// Options nest a few levels; the journal adds three (document, layers, layer).
inline constexpr std::size_t kMaxJournalDepth = 64;
inline constexpr int kMaxJournalLayer = 999999; // the highest playout layer (LayerMap.h)

struct JournalLayer {
  int layer = 0;
  LayerItem item;
  int page = 0;
  bool autoUpdate = true;
  std::string path; // its JSON Pointer in the journal ("/layers/2"), for messages
};

struct JournalRead {
  bool found = false; // false: no journal yet (a first start), not a problem
  std::vector<JournalLayer> layers;
  Problems problems; // warnings: the parts left out, each naming file and path
};

// The journal's text for the layers on air (layers going out are left out: they would
// not be on air after a restart).
std::string journalText(const std::map<int, LayerState>& layers);

JournalRead readJournal(const std::string& file);

} // namespace landslide
