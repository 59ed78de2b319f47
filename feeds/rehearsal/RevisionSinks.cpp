#include "feeds/rehearsal/RevisionSinks.h"

#include "feeds/Instant.h"
#include "feeds/rehearsal/AtomicFile.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace landslide::rehearsal {

bool FileSink::deliver(const Revision& r, std::string& error) {
  if (!writeFileAtomically(path_, r.text, error)) {
    error = "--out " + error;
    return false;
  }
  return true;
}

std::string HistorySink::fileName(std::size_t revision) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%06zu.json", revision);
  return buf;
}

bool HistorySink::open(std::string& error) {
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec) {
    error = "--history " + dir_ + ": " + ec.message();
    return false;
  }
  std::ofstream index(std::filesystem::path(dir_) / "index.jsonl", std::ios::trunc);
  if (!index) {
    error = "--history " + dir_ + ": cannot write index.jsonl";
    return false;
  }
  return true;
}

bool HistorySink::deliver(const Revision& r, std::string& error) {
  const std::filesystem::path dir(dir_);
  if (!writeFileAtomically((dir / fileName(r.number)).string(), r.text, error)) {
    error = "--history " + error;
    return false;
  }
  nlohmann::json events = nlohmann::json::array();
  for (const NightEvent& e : r.events)
    events.push_back({{"contest", published_.contests[e.contest].id}, {"stage", stageName(e.stage)}});
  const nlohmann::json line = {{"revision", r.number},
                               {"file", fileName(r.number)},
                               {"night", formatInstant(r.night, plan_.clock.offsetMinutes)},
                               {"declared", r.withResult},
                               {"last", r.last},
                               {"events", events}};
  std::ofstream index(dir / "index.jsonl", std::ios::app);
  index << line.dump() << "\n";
  if (!index.flush()) {
    error = "--history " + dir_ + ": cannot append to index.jsonl";
    return false;
  }
  return true;
}

} // namespace landslide::rehearsal
