// Feed-to-air on a running engine: the 650-seat feed renamed into a watched path, a
// national scene on air, the render thread ticking at 50 fps on a CPU producer. The
// frame counts are reported (speed is measured, not asserted); the test asserts that
// every revision arrives, in a later frame, and only through the source's worker.
#include "EngineFixture.h"

#include "feeds/FileFeedSource.h"
#include "feeds/base/Files.h"
#include "live/FeedToAir.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace landslide;
using namespace landslide::test;

TEST_CASE_FIXTURE(EngineFixture, "feed to air: a renamed 650-seat feed is drawn within frames of landing") {
  ScratchDir dir;
  const auto file = dir / "results.json";
  auto bytes = files::readFile(LANDSLIDE_SOURCE_DIR "/feeds/samples/ge2024.json", 64u << 20);
  REQUIRE(bytes);
  std::string doc = *bytes;
  REQUIRE(files::writeFileAtomically(file.string(), doc));

  FileFeedSource source(file);
  source.start();
  source.awaitFirst(std::chrono::seconds(10));
  REQUIRE(source.latest());
  LiveEngine engine(std::make_unique<CpuProducer>(*fonts, FrameRate{50, 1}), theme, scenes, EngineConfig{});
  engine.addSource(source);
  engine.start();
  Command take;
  take.kind = CommandKind::Take;
  take.layer = 10;
  take.item = {"seat-tally", "", nlohmann::json::object()};
  take.source = "test";
  REQUIRE(engine.submit(take).get().ok);

  std::vector<int64_t> frames;
  std::vector<double> millis;
  for (int i = 0; i < 5; ++i) {
    doc.insert(doc.find("UK general election 2024") + 24, " ");                            // new bytes: a new revision
    auto measured = measureFeedToAir(engine, source, file, doc, std::chrono::seconds(20)); // hang guard
    REQUIRE(measured);
    CHECK(measured->frames >= 1); // never in the frame that was already drawn
    frames.push_back(measured->frames);
    millis.push_back(measured->millis);
  }
  engine.stop();
  source.stop();
  CHECK(source.latest()->sourceRevision() == 6);
  std::sort(frames.begin(), frames.end());
  std::sort(millis.begin(), millis.end());
  MESSAGE("feed to air at 50 fps, 650 seats: median " << frames[2] << " frames (best " << frames.front() << ", worst "
                                                      << frames.back() << "), median " << millis[2] << " ms");
}
