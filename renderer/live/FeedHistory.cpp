#include "FeedHistory.h"

#include "AsRunLog.h"

#include "feeds/FeedWriter.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>

namespace landslide {

Expected<std::unique_ptr<FeedHistory>> FeedHistory::open(BackgroundWriter& writer, std::string dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Problem::error("", "", "feed history " + dir + ": " + ec.message(), "write-failed");
  return std::unique_ptr<FeedHistory>(new FeedHistory(writer, std::move(dir)));
}

FeedHistory::FeedHistory(BackgroundWriter& writer, std::string dir)
    : writer_(writer), dir_(std::move(dir)), index_((std::filesystem::path(dir_) / "index.jsonl").string()) {
  std::error_code ec;
  // Continue numbering after an earlier session's files.
  for (const auto& entry : std::filesystem::directory_iterator(dir_, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.size() == 11 && name.ends_with(".json"))
      files_ = std::max<uint64_t>(files_, std::stoull(name.substr(0, 6)));
  }
  line(nlohmann::json{{"event", "start"}, {"time", isoTimeNow()}}.dump());
}

void FeedHistory::line(const std::string& text) { writer_.append(index_, text + "\n"); }

void FeedHistory::received(const SnapshotPtr& s) {
  if (!s) return;
  std::string text = writeFeed(s->election()); // on the source's thread, not under the lock
  std::lock_guard lock(mutex_);
  if (!seen_.insert({s->sourceName(), s->sourceRevision()}).second) return;
  char name[32];
  std::snprintf(name, sizeof name, "%06llu.json", static_cast<unsigned long long>(++files_));
  writer_.replace((std::filesystem::path(dir_) / name).string(), std::move(text));
  line(nlohmann::json{
      {"event", "received"}, {"file", name}, {"source", s->sourceName()}, {"revision", s->sourceRevision()}}
           .dump());
}

void FeedHistory::initial(const SnapshotPtr& s) {
  if (!s) return;
  received(s);
  std::lock_guard lock(mutex_);
  line(nlohmann::json{{"event", "initial"}, {"source", s->sourceName()}, {"revision", s->sourceRevision()}}.dump());
}

void FeedHistory::onAir(int64_t frame, const SnapshotPtr& s) {
  if (!s) return;
  std::lock_guard lock(mutex_);
  line(nlohmann::json{
      {"event", "on-air"}, {"frame", frame}, {"source", s->sourceName()}, {"revision", s->sourceRevision()}}
           .dump());
}

} // namespace landslide
