#include "BenchFeeds.h"
#include "BenchSink.h"
#include "FeedBench.h"

#include "live/FeedFiles.h"
#include "live/LiveEngine.h"

#include "feeds/FileFeedSource.h"
#include "feeds/base/Files.h"

#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <thread>

namespace landslide::bench {

namespace {

using Clock = std::chrono::steady_clock;

// What the engine's frame hook saw: the newest frame and the newest revision on air.
struct OnAir {
  std::mutex mutex;
  std::condition_variable changed;
  int64_t frame = -1;
  uint64_t revision = 0;
  int64_t revisionFrame = -1;
  Clock::time_point revisionAt;
};

std::string scratchDirectory() {
  std::string pattern = (std::filesystem::temp_directory_path() / "landslide-bench-XXXXXX").string();
  return mkdtemp(pattern.data()) ? pattern : "";
}

} // namespace

FeedToAirResult benchFeedToAir(const FeedToAirRequest& r) {
  FeedToAirResult out;
  std::vector<std::string> errors, warnings;
  SnapshotPtr original = loadFeedFile(r.feedFile, errors, warnings);
  if (!original) return out.error = errors.empty() ? r.feedFile + ": unreadable" : errors.front(), out;
  const std::string dir = scratchDirectory();
  if (dir.empty()) return out.error = "feed-to-air: cannot make a scratch directory", out;
  const std::string feedFile = dir + "/feed.json";
  auto cleanUp = [&] {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  };
  if (auto w = files::writeFileAtomically(feedFile, revisedFeedText(*original, 0, 0)); !w)
    return cleanUp(), out.error = w.problem().toString(), out;

  FileFeedSource source(feedFile);
  source.start();
  source.awaitFirst(std::chrono::seconds(10));
  {
    auto setup = setUpRendering({r.size, FrameRate{50, 1}, r.theme, r.platform});
    if (!setup) return source.stop(), cleanUp(), out.error = setup.error(), out;
    setup->channel->addSink(std::make_unique<BenchSink>(std::make_shared<BenchSink::Tally>()));
    SceneRegistry scenes;
    LiveEngine engine(*setup, scenes, EngineConfig{});
    engine.addSource(source);
    OnAir onAir;
    engine.setFrameHook([&](int64_t frame, ProgramChannel&, const SnapshotPtr& data) {
      std::lock_guard lock(onAir.mutex);
      onAir.frame = frame;
      if (data && data->sourceRevision() != onAir.revision) {
        onAir.revision = data->sourceRevision();
        onAir.revisionFrame = frame;
        onAir.revisionAt = Clock::now();
      }
      onAir.changed.notify_all();
    });
    engine.start();
    Command take;
    take.item = {r.scene, r.contest, {}};
    take.source = "bench";
    if (CommandResult taken = engine.submit(take).get(); !taken.ok) out.error = "feed-to-air: " + taken.error;
    std::this_thread::sleep_for(std::chrono::milliseconds(2500)); // the entrance settles

    for (int i = 1; i <= r.landings && out.error.empty(); ++i) {
      uint64_t before;
      int64_t frameAtLanding; // the newest frame drawn before the file landed
      {
        std::lock_guard lock(onAir.mutex);
        before = onAir.revision;
        frameAtLanding = onAir.frame;
      }
      // Votes move one way, then back: each landing is a new document.
      std::string text = revisedFeedText(*original, i, i % 2 ? 2 : 1);
      if (auto w = files::writeFileAtomically(feedFile, text); !w) {
        out.error = w.problem().toString();
        break;
      }
      const auto landed = Clock::now();
      std::unique_lock lock(onAir.mutex);
      if (!onAir.changed.wait_for(lock, std::chrono::seconds(10), [&] { return onAir.revision != before; })) {
        out.error = "feed-to-air: a new feed file was not on air after 10 s";
        break;
      }
      out.frames.push_back(double(onAir.revisionFrame - frameAtLanding));
      out.ms.push_back(std::chrono::duration<double, std::milli>(onAir.revisionAt - landed).count());
      lock.unlock();
      std::this_thread::sleep_for(std::chrono::milliseconds(1000)); // the update animation runs out
    }
    EngineState state = engine.state();
    out.ticks = state.ticks;
    out.dropped = state.framesDropped;
    engine.stop();
    setup->channel->finish();
  }
  source.stop();
  cleanUp();
  return out;
}

} // namespace landslide::bench
