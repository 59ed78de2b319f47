#include "BenchReport.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace landslide::bench {

namespace {

double rounded(double v, double unit = 1000) { return double(int64_t(v * unit + (v < 0 ? -0.5 : 0.5))) / unit; }

nlohmann::ordered_json sceneJson(const SceneResult& s) {
  nlohmann::ordered_json j;
  j["scene"] = s.scene;
  j["contest"] = s.contest;
  j["feed"] = s.feed;
  if (!s.error.empty()) {
    j["error"] = s.error;
    return j;
  }
  j["frames"] = s.frames;
  j["animated"] = s.animated;
  j["entrances"] = s.entrances;
  j["updates"] = s.updates;
  j["fps"] = rounded(s.fps, 10);
  j["cpu_ms_per_frame"] = rounded(s.cpuMsPerFrame);
  j["vertices"] = s.vertices;
  j["peak_rss_mib"] = rounded(double(s.peakResidentKiB) / 1024, 10);
  nlohmann::ordered_json stages = nlohmann::ordered_json::object();
  for (const StageResult& st : s.stages)
    stages[st.name] = {{"median_ms", rounded(st.ms.median)}, {"p99_ms", rounded(st.ms.p99)}};
  j["stages"] = stages;
  return j;
}

} // namespace

std::string reportJson(const BenchReport& r) {
  nlohmann::ordered_json j;
  j["size"] = r.size;
  j["gl"] = r.gl;
  j["cpus"] = r.cpus;
  j["loop"] = r.loop;
  j["scenes"] = nlohmann::ordered_json::array();
  for (const SceneResult& s : r.scenes) j["scenes"].push_back(sceneJson(s));
  if (r.feedParse) {
    const ParseResultTimes& p = *r.feedParse;
    j["feed_parse"] = {{"file", p.file},
                       {"contests", p.contests},
                       {"runs", p.runs},
                       {"median_ms", rounded(p.ms.median)},
                       {"p99_ms", rounded(p.ms.p99)}};
    if (!p.error.empty()) j["feed_parse"]["error"] = p.error;
  }
  if (r.feedToAir) {
    const FeedToAirResult& f = *r.feedToAir;
    j["feed_to_air"] = {{"landings", f.frames.size()},
                        {"median_frames", percentile(f.frames, 0.5)},
                        {"max_frames", percentile(f.frames, 1)},
                        {"median_ms", rounded(percentile(f.ms, 0.5))},
                        {"max_ms", rounded(percentile(f.ms, 1))},
                        {"ticks", f.ticks},
                        {"dropped_ticks", f.dropped}};
    if (!f.error.empty()) j["feed_to_air"]["error"] = f.error;
  }
  if (r.startToFirstFrameMs) j["start_to_first_frame_ms"] = rounded(*r.startToFirstFrameMs, 10);
  return j.dump(2) + "\n";
}

std::string reportTable(const BenchReport& r) {
  std::string out;
  char line[512];
  std::snprintf(line, sizeof line, "landslide bench: %s, %s, %d CPUs, loop %s\n\n", r.size.c_str(), r.gl.c_str(),
                r.cpus, r.loop.c_str());
  out += line;
  // Stage columns in the order the bench measured them (kStageColumns, sink, frame wall).
  std::vector<std::string> stageNames;
  for (const SceneResult& s : r.scenes)
    if (s.error.empty() && stageNames.empty())
      for (const StageResult& st : s.stages) stageNames.push_back(st.name.substr(0, st.name.rfind('_')));
  std::snprintf(line, sizeof line, "%-15s %6s %7s %9s", "scene", "frames", "fps", "cpu ms/f");
  out += line;
  for (const std::string& n : stageNames) out += std::string(n.size() < 9 ? 9 - n.size() : 1, ' ') + n;
  out += "   (p99 of frame wall)\n";
  for (const SceneResult& s : r.scenes) {
    if (!s.error.empty()) {
      std::snprintf(line, sizeof line, "%-15s error: %s\n", s.scene.c_str(), s.error.c_str());
      out += line;
      continue;
    }
    std::snprintf(line, sizeof line, "%-15s %6d %7.1f %9.2f", s.scene.c_str(), s.frames, s.fps, s.cpuMsPerFrame);
    out += line;
    for (const StageResult& st : s.stages) {
      std::snprintf(line, sizeof line, " %8.2f", st.ms.median);
      out += line;
    }
    std::snprintf(line, sizeof line, "   (%.2f)%s\n", s.stages.empty() ? 0.0 : s.stages.back().ms.p99,
                  s.animated ? "" : "  still: redrawn every frame");
    out += line;
  }
  out += "\n(stages: medians in ms; *_cpu timed on their CPU thread, *_gpu by GL timer queries; wall: a whole frame)\n";
  for (const SceneResult& s : r.scenes)
    if (s.error.empty()) {
      std::snprintf(line, sizeof line, "%-15s vertices %d, peak RSS %.1f MiB, %llu entrances, %llu updates\n",
                    s.scene.c_str(), s.vertices, double(s.peakResidentKiB) / 1024, (unsigned long long)s.entrances,
                    (unsigned long long)s.updates);
      out += line;
    }
  if (r.feedParse) {
    const ParseResultTimes& p = *r.feedParse;
    if (p.error.empty())
      std::snprintf(line, sizeof line,
                    "\nparse + validate + derive, %zu contests: median %.2f ms, p99 %.2f ms (%d runs)\n", p.contests,
                    p.ms.median, p.ms.p99, p.runs);
    else
      std::snprintf(line, sizeof line, "\nparse + validate + derive: error: %s\n", p.error.c_str());
    out += line;
  }
  if (r.feedToAir) {
    const FeedToAirResult& f = *r.feedToAir;
    if (f.error.empty())
      std::snprintf(line, sizeof line,
                    "feed-to-air (file lands -> on air): median %.0f frames (%.1f ms), max %.0f frames (%.1f ms), "
                    "%zu landings; meanwhile %llu ticks dropped, %llu rendered\n",
                    percentile(f.frames, 0.5), percentile(f.ms, 0.5), percentile(f.frames, 1), percentile(f.ms, 1),
                    f.frames.size(), (unsigned long long)f.dropped, (unsigned long long)f.ticks);
    else
      std::snprintf(line, sizeof line, "feed-to-air: error: %s\n", f.error.c_str());
    out += line;
  }
  if (r.startToFirstFrameMs) {
    std::snprintf(line, sizeof line, "process start -> first frame at the sink: %.0f ms\n", *r.startToFirstFrameMs);
    out += line;
  }
  return out;
}

} // namespace landslide::bench
