#include "AsRunLog.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <ctime>

namespace landslide {

std::string isoTimeNow() {
  auto now = std::chrono::system_clock::now();
  std::time_t t = std::chrono::system_clock::to_time_t(now);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  char out[48];
  std::snprintf(out, sizeof out, "%s.%03dZ", buf, int(ms));
  return out;
}

AsRunLog::AsRunLog(BackgroundWriter& writer, std::string file) : writer_(writer), file_(std::move(file)) {}

void AsRunLog::setTimecode(const TimecodeClock& clock) {
  std::lock_guard lock(mutex_);
  clock_ = clock;
}

void AsRunLog::record(AsRunEntry e) {
  std::lock_guard lock(mutex_);
  if (e.timecode.empty()) e.timecode = clock_.at(e.frame);
  if (!file_.empty()) {
    nlohmann::json j = {{"time", e.time},         {"frame", e.frame},  {"timecode", e.timecode}, {"source", e.source},
                        {"command", e.command},   {"layer", e.layer},  {"scene", e.scene},       {"contest", e.contest},
                        {"revision", e.revision}, {"result", e.result}};
    if (e.applied)
      j["applied"] = {
          {"scene", e.item.scene}, {"contest", e.item.contest}, {"options", e.item.options}, {"flag", e.flag}};
    writer_.append(file_, j.dump() + "\n");
  }
  recent_.push_back(std::move(e));
  if (recent_.size() > 500) recent_.pop_front();
}

std::vector<AsRunEntry> AsRunLog::recent(size_t count) const {
  std::lock_guard lock(mutex_);
  size_t start = recent_.size() > count ? recent_.size() - count : 0;
  return {recent_.begin() + long(start), recent_.end()};
}

} // namespace landslide
