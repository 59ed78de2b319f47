#include "feeds/rehearsal/RevisionSinks.h"

#include "feeds/Instant.h"
#include "feeds/base/Files.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace landslide::rehearsal {

namespace {

// "--out FILE: (document): cannot …" would say less than the flag and the reason.
Problem sinkProblem(const std::string& flag, const std::string& what, const std::string& reason, std::string rule) {
  return Problem::error("", "", flag + " " + what + ": " + reason, std::move(rule));
}

} // namespace

Expected<void> FileSink::deliver(const Revision& r) {
  if (auto written = files::writeFileAtomically(path_, r.text); !written)
    return sinkProblem("--out", path_, written.problem().reason, written.problem().rule);
  return {};
}

std::string HistorySink::fileName(std::size_t revision) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%06zu.json", revision);
  return buf;
}

Expected<void> HistorySink::open() {
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec) return sinkProblem("--history", dir_, ec.message(), "write-failed");
  if (!files::writeFileAtomically((std::filesystem::path(dir_) / "index.jsonl").string(), ""))
    return sinkProblem("--history", dir_, "cannot write index.jsonl", "write-failed");
  return {};
}

Expected<void> HistorySink::deliver(const Revision& r) {
  const std::filesystem::path dir(dir_);
  const std::string file = (dir / fileName(r.number)).string();
  if (auto written = files::writeFileAtomically(file, r.text); !written)
    return sinkProblem("--history", file, written.problem().reason, written.problem().rule);
  nlohmann::json events = nlohmann::json::array();
  for (const NightEvent& e : r.events)
    events.push_back({{"contest", published_.contests[e.contest].id}, {"stage", stageName(e.stage)}});
  const nlohmann::json line = {{"revision", r.number},
                               {"file", fileName(r.number)},
                               {"night", formatInstant(r.night, plan_.clock.offsetMinutes)},
                               {"declared", r.withResult},
                               {"last", r.last},
                               {"events", events}};
  // Appended, not rewritten: a night has thousands of revisions; each file it names is
  // already in place, so a torn last line names nothing missing.
  std::ofstream index(dir / "index.jsonl", std::ios::app);
  index << line.dump() << "\n";
  if (!index.flush()) return sinkProblem("--history", dir_, "cannot append to index.jsonl", "write-failed");
  return {};
}

} // namespace landslide::rehearsal
