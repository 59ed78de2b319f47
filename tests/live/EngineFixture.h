#pragma once
// The live engine without GL: a CPU frame producer (the real scenes drawn into an ImGui
// draw list, vertices counted), a feed source the test publishes into, and ticks driven
// one at a time, so commands, feed revisions and the journal run as on air.
#include "live/LiveEngine.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <memory>
#include <string>

namespace landslide::test {

inline const std::string kMidBeds = "E14000813", kTamworth = "E14000986";

// Draws each frame the engine asks for on the CPU; remembers what the last one drew.
class CpuProducer final : public FrameProducer {
public:
  CpuProducer(const FontBank& fonts, FrameRate rate);
  ~CpuProducer() override;
  const ChannelConfig& config() const override { return config_; }
  void renderFrame(int64_t frame, const ProgramChannel::Compose& compose, bool redraw) override;
  uint64_t framesDrawn() const override { return framesDrawn_; }
  void addSink(std::unique_ptr<Sink> sink) override { sinks_.push_back(std::move(sink)); }
  const std::vector<std::unique_ptr<Sink>>& sinks() const override { return sinks_; }
  int lastVertices() const { return lastVertices_; }

private:
  const FontBank& fonts_;
  ChannelConfig config_;
  struct DrawList;
  std::unique_ptr<DrawList> list_;
  std::vector<std::unique_ptr<Sink>> sinks_;
  uint64_t framesDrawn_ = 0;
  int lastVertices_ = 0;
};

// "throws-on-option": a scene that throws (as a scene with a bug would) when its options
// hold "fail"; otherwise it draws one rectangle.
std::unique_ptr<Scene> throwingScene();

// A feed the test publishes documents into, parsed on the calling thread.
class TestSource final : public FeedSource {
public:
  TestSource() : FeedSource("test") {}
  void start() override {}
  void stop() override {}
  ParseResult publish(const nlohmann::json& doc) { return state_.ingest(doc.dump(), {}); }
};

// The Mid Bedfordshire and Tamworth by-elections (feeds/samples), both declared.
nlohmann::json byElections();
nlohmann::json& contest(nlohmann::json& doc, const std::string& id);
// A correction of a declared seat: a few votes move, the winner stays.
void correct(nlohmann::json& doc, const std::string& id);
// A recount that hands the seat to the runner-up.
void recountToRunnerUp(nlohmann::json& doc, const std::string& id);

// A unique empty directory, removed with everything in it by the destructor.
class ScratchDir {
public:
  ScratchDir();
  ~ScratchDir();
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
  std::filesystem::path path_;
};

class EngineFixture {
public:
  EngineFixture();
  ~EngineFixture();
  // A new engine (the old one destroyed first: its journal writes are then on disk).
  LiveEngine& start(EngineConfig config = {});
  void stop() { engine_.reset(); } // destroys the engine; its queued writes are done
  LiveEngine& engine() { return *engine_; }
  CpuProducer& producer() { return *producer_; }
  TestSource& source() { return source_; }
  // Submits, runs the tick that applies it, returns the engine's answer.
  CommandResult run(Command command);
  CommandResult take(int layer, const std::string& scene, const std::string& contest,
                     nlohmann::json options = nlohmann::json::object());
  void tick(int count = 1);
  const LayerView* layer(int n);
  // The vertices the program draws with nothing on air.
  int emptyVertices() const { return emptyVertices_; }

  Theme theme;
  std::unique_ptr<FontBank> fonts;
  SceneRegistry scenes;
  int64_t frame = 0;

private:
  TestSource source_;
  CpuProducer* producer_ = nullptr;
  std::unique_ptr<LiveEngine> engine_;
  EngineState state_;
  int emptyVertices_ = 0;
};

} // namespace landslide::test
