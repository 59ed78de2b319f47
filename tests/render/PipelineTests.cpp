// The pixel pipeline on llvmpipe, in process: the default pipeline (read-back of the
// premultiplied program, conversion on the sink threads, the solid-fill shader) must give
// sinks exactly the bytes the GPU post pass and the all-textured draw gave.
#include <doctest/doctest.h>

#include "gl/ColourTarget.h"
#include "live/FeedFiles.h"
#include "output/PixelConvert.h"
#include "output/SinkWorker.h"
#include "playout/Playout.h"
#include "program/PostPass.h"
#include "program/RenderSetup.h"

#include <cstring>
#include <map>

using namespace landslide;

namespace {

// Keeps every frame it is handed, converted to its format on a SinkWorker as on air.
class KeepingSink final : public Sink {
public:
  KeepingSink(PixelFormat format, std::vector<VideoFrame>& out)
      : format_(format), out_(out), worker_([this](const VideoFrame& f) { return keep(f); }, Overflow::Block, format) {}
  const std::string& spec() const override { return spec_; }
  PixelFormat format() const override { return format_; }
  void push(const VideoFrame& frame) override { worker_.push(frame); }
  Expected<void> finish() override {
    worker_.finish();
    return {};
  }
  std::optional<std::string> failure() const override { return std::nullopt; }

private:
  Expected<void> keep(const VideoFrame& f) {
    if (f.format != format_) return Problem::error("", "", "a frame in the wrong format", "test");
    out_.push_back(f);
    return {};
  }
  std::string spec_ = "keep";
  PixelFormat format_;
  std::vector<VideoFrame>& out_;
  SinkWorker worker_;
};

constexpr PixelFormat kFormats[] = {PixelFormat::Straight, PixelFormat::OverBlack, PixelFormat::KeyOnly,
                                    PixelFormat::FillAndKey, PixelFormat::Premultiplied};

// vote-bars on Mid Bedfordshire through its entrance and its exit, as each format's sink got it.
std::map<PixelFormat, std::vector<VideoFrame>> renderVoteBars(RenderSetup& setup, PipelineOptions options) {
  std::vector<std::string> errors, warnings;
  SnapshotPtr data =
      loadFeedFile(std::string(LANDSLIDE_SOURCE_DIR) + "/feeds/samples/by-elections-2023-10-19.json", errors, warnings);
  REQUIRE(data);
  SceneRegistry registry;
  FrameRate rate{50, 1};
  Playout playout(registry, setup.theme, rate);
  playout.setData(data);
  REQUIRE(playout.take(10, {"vote-bars", "E14000813", nlohmann::json::object()}, 0).empty());
  ChannelConfig config{640, 360, rate, std::nullopt};
  ProgramChannel channel(config, *setup.fonts, options);
  std::map<PixelFormat, std::vector<VideoFrame>> out;
  for (PixelFormat f : kFormats) channel.addSink(std::make_unique<KeepingSink>(f, out[f]));
  for (int64_t n = 0; n <= 150; n += 3) {
    if (n == 90) REQUIRE(playout.out(10, n).empty());
    channel.renderFrame(
        n, [&](Canvas& c) { playout.draw(n, c); }, true);
  }
  CHECK(channel.finish().empty());
  return out;
}

size_t differingBytes(const VideoFrame& a, const VideoFrame& b) {
  if (a.width != b.width || a.height != b.height || a.pixels->size() != b.pixels->size()) return ~size_t(0);
  size_t n = 0;
  for (size_t i = 0; i < a.pixels->size(); ++i) n += (*a.pixels)[i] != (*b.pixels)[i];
  return n;
}

} // namespace

TEST_CASE("un-premultiplying on the CPU gives the GPU post pass's bytes for every colour and alpha") {
  auto context = createHeadlessContext();
  REQUIRE_MESSAGE(context, context.error());
  // 256 × 256 texels: x is the colour value, y the alpha (colour ≤ alpha, as drawn, and
  // beyond it, as rounding in blending can leave).
  std::vector<uint8_t> premultiplied(256 * 256 * 4);
  for (int a = 0; a < 256; ++a)
    for (int c = 0; c < 256; ++c) {
      uint8_t* p = &premultiplied[size_t(a * 256 + c) * 4];
      p[0] = uint8_t(c), p[1] = uint8_t(255 - c), p[2] = uint8_t(c / 2), p[3] = uint8_t(a);
    }
  ColourTarget source(256, 256, GL_NEAREST), target(256, 256, GL_LINEAR);
  glBindTexture(GL_TEXTURE_2D, source.texture());
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, 256, 256, GL_RGBA, GL_UNSIGNED_BYTE, premultiplied.data());
  for (PixelFormat format : {PixelFormat::Straight, PixelFormat::OverBlack, PixelFormat::KeyOnly}) {
    PostPass post;
    post.run(source.texture(), 256, 256, format, target);
    std::vector<uint8_t> gpu(premultiplied.size()), cpu(premultiplied.size());
    glBindFramebuffer(GL_READ_FRAMEBUFFER, target.framebuffer());
    glPixelStorei(GL_PACK_ALIGNMENT, 4);
    glReadPixels(0, 0, 256, 256, GL_RGBA, GL_UNSIGNED_BYTE, gpu.data());
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    // The post pass flips rows: GPU row y is source row 255 − y.
    for (int y = 0; y < 256; ++y)
      convertSpan(&premultiplied[size_t(255 - y) * 256 * 4], 256, format, &cpu[size_t(y) * 256 * 4]);
    size_t differing = 0;
    for (size_t i = 0; i < gpu.size(); i += 4)
      if (std::memcmp(&gpu[i], &cpu[i], 4) != 0) {
        if (differing < 5)
          MESSAGE("format " << int(format) << " texel " << i / 4 << ": gpu " << int(gpu[i]) << "," << int(gpu[i + 1])
                            << "," << int(gpu[i + 2]) << "," << int(gpu[i + 3]) << " cpu " << int(cpu[i]) << ","
                            << int(cpu[i + 1]) << "," << int(cpu[i + 2]) << "," << int(cpu[i + 3]));
        ++differing;
      }
    CHECK(differing == 0);
  }
}

TEST_CASE("read-back of the program and conversion on the sink threads give the GPU post pass's bytes") {
  auto setup = setUpRendering({{640, 360}, FrameRate{50, 1}, "", HeadlessPlatform::Auto});
  REQUIRE_MESSAGE(setup, setup.error());
  PipelineOptions legacy{true, false, false}, fast{false, true, false};
  auto expected = renderVoteBars(*setup, legacy);
  auto actual = renderVoteBars(*setup, fast);
  for (PixelFormat f : kFormats) {
    CAPTURE(int(f));
    REQUIRE(expected[f].size() == 51);
    REQUIRE(actual[f].size() == expected[f].size());
    bool anyVisible = false;
    for (size_t i = 0; i < expected[f].size(); ++i) {
      CAPTURE(expected[f][i].number);
      CHECK(actual[f][i].number == expected[f][i].number);
      CHECK(differingBytes(actual[f][i], expected[f][i]) == 0);
      for (uint8_t v : *expected[f][i].pixels) anyVisible = anyVisible || v != 0;
    }
    CHECK(anyVisible); // the scene drew something to compare
  }
}

TEST_CASE("damage tracking: frames drawn from the changed tiles alone equal full redraws, bit for bit") {
  auto setup = setUpRendering({{640, 360}, FrameRate{50, 1}, "", HeadlessPlatform::Auto});
  REQUIRE_MESSAGE(setup, setup.error());
  PipelineOptions full{}, damage{};
  full.damage = false;
  auto expected = renderVoteBars(*setup, full);
  auto actual = renderVoteBars(*setup, damage);
  size_t partial = 0, repeated = 0;
  for (const VideoFrame& f : actual[PixelFormat::Premultiplied]) {
    partial += f.base != nullptr && f.changedEndRow - f.changedFirstRow < f.height;
    repeated += f.repeated;
  }
  CHECK(partial > 0);  // some frames were drawn in part: the test compared something
  CHECK(repeated > 0); // and the settled graphic's frames were not drawn at all
  for (PixelFormat f : kFormats) {
    CAPTURE(int(f));
    REQUIRE(actual[f].size() == expected[f].size());
    for (size_t i = 0; i < expected[f].size(); ++i) {
      CAPTURE(expected[f][i].number);
      CHECK(differingBytes(actual[f][i], expected[f][i]) == 0);
    }
  }
}
