#include "EngineFixture.h"

#include "canvas/DrawListSetup.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace landslide::test {

using nlohmann::json;

namespace {
constexpr FrameRate kRate{25, 1};
constexpr int kWidth = 640, kHeight = 360;
} // namespace

struct CpuProducer::DrawList {
  ImDrawListSharedData shared;
  std::unique_ptr<ImDrawList> list;
};

CpuProducer::CpuProducer(const FontBank& fonts, FrameRate rate) : fonts_(fonts), list_(std::make_unique<DrawList>()) {
  config_.width = kWidth;
  config_.height = kHeight;
  config_.rate = rate;
  configureDrawListData(list_->shared, fonts_, kWidth, kHeight);
  list_->list = std::make_unique<ImDrawList>(&list_->shared);
}

CpuProducer::~CpuProducer() = default;

void CpuProducer::renderFrame(int64_t, const ProgramChannel::Compose& compose, bool redraw) {
  if (!redraw && framesDrawn_ > 0) return;
  beginProgramDrawList(*list_->list, fonts_, kWidth, kHeight);
  Canvas canvas(*list_->list, fonts_, kWidth, kHeight);
  compose(canvas);
  lastVertices_ = list_->list->VtxBuffer.Size;
  ++framesDrawn_;
}

namespace {
struct FailOptions : SceneOptions {
  bool fail = false;
};

class ThrowingScene final : public Scene {
public:
  Expected<SceneOptionsPtr> parseOptions(const json& options) const override {
    OptionReader r(options);
    FailOptions o;
    r.common(o);
    r.boolean("fail", o.fail);
    return shared(finished(r, std::move(o)));
  }
  std::string_view name() const override { return "throws-on-option"; }
  std::string_view description() const override { return "test: throws when its options hold \"fail\""; }
  void draw(const SceneInput& in, Canvas& canvas) const override {
    check(in);
    canvas.fillRect({0, 0, 100, 100}, Rgba{1, 0, 0, 1});
  }
  bool animating(const SceneInput& in) const override {
    check(in);
    return false;
  }

private:
  static void check(const SceneInput& in) {
    if (optionsOf<FailOptions>(in).fail) throw std::runtime_error("the scene failed on its options");
  }
};
} // namespace

std::unique_ptr<Scene> throwingScene() { return std::make_unique<ThrowingScene>(); }

json byElections() {
  std::ifstream in(std::string(LANDSLIDE_SOURCE_DIR) + "/feeds/samples/by-elections-2023-10-19.json");
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

json& contest(json& doc, const std::string& id) {
  for (json& c : doc["contests"])
    if (c["id"] == id) return c;
  FAIL("no contest " << id);
  throw std::logic_error("unreachable");
}

void correct(json& doc, const std::string& id) {
  json& c = contest(doc, id);
  c["status"] = "corrected";
  c["revision"] = c["revision"].get<int>() + 1;
  c["candidates"][0]["votes"] = c["candidates"][0]["votes"].get<int>() + 100;
  c["validVotes"] = c["validVotes"].get<int>() + 100;
}

void recountToRunnerUp(json& doc, const std::string& id) {
  json& c = contest(doc, id);
  c["status"] = "recount";
  c["revision"] = c["revision"].get<int>() + 1;
  json& first = c["candidates"][0];
  json& second = c["candidates"][1];
  std::swap(first["votes"], second["votes"]);
  first.erase("elected");
  second["elected"] = true;
}

ScratchDir::ScratchDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "landslide-live-XXXXXX").string();
  REQUIRE(mkdtemp(pattern.data()) != nullptr);
  path_ = pattern;
}

ScratchDir::~ScratchDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

EngineFixture::EngineFixture() {
  ThemeLoad load = loadTheme(defaultThemeFile());
  REQUIRE(load.theme);
  theme = *load.theme;
  auto baked = FontBank::bake(theme.fonts, float(kHeight) / 1080.0f);
  REQUIRE_MESSAGE(baked, baked.error());
  fonts = std::move(*baked);
  fonts->atlas().SetTexID(reinterpret_cast<ImTextureID>(intptr_t(1)));
  scenes.add(throwingScene());
  {
    // What the program draws with nothing on air (the theme's backdrop, if any).
    CpuProducer empty(*fonts, kRate);
    Playout playout(scenes, theme, kRate);
    empty.renderFrame(
        0, [&](Canvas& canvas) { playout.draw(0, canvas); }, true);
    emptyVertices_ = empty.lastVertices();
  }
}

EngineFixture::~EngineFixture() = default;

LiveEngine& EngineFixture::start(EngineConfig config) {
  engine_.reset();
  auto producer = std::make_unique<CpuProducer>(*fonts, kRate);
  producer_ = producer.get();
  engine_ = std::make_unique<LiveEngine>(std::move(producer), theme, scenes, std::move(config));
  engine_->addSource(source_);
  return *engine_;
}

CommandResult EngineFixture::run(Command command) {
  auto result = engine_->submit(std::move(command));
  tick();
  REQUIRE(result.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
  return result.get();
}

CommandResult EngineFixture::take(int layer, const std::string& scene, const std::string& contest, json options) {
  Command c;
  c.kind = CommandKind::Take;
  c.layer = layer;
  c.item = {scene, contest, std::move(options)};
  c.source = "test";
  return run(c);
}

void EngineFixture::tick(int count) {
  for (int i = 0; i < count; ++i) engine_->tick(++frame);
  state_ = engine_->state();
}

const LayerView* EngineFixture::layer(int n) {
  state_ = engine_->state();
  for (const LayerView& v : state_.layers)
    if (v.layer == n) return &v;
  return nullptr;
}

} // namespace landslide::test
