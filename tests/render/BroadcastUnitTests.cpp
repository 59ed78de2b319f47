// Broadcast output logic without GL: timecode labels (drop-frame edges), the field weave
// and its low-pass, interlaced pairing, the alpha suffixes of the output grammar, and
// as-run rows carrying the timecode of their frame.
#include <doctest/doctest.h>

#include "FrameRate.h"
#include "live/AsRunLog.h"
#include "output/InterlaceSink.h"
#include "output/OutputSpec.h"
#include "output/Timecode.h"
#include "output/Weave.h"
#include "program/ChannelArgs.h"

#include "feeds/base/Files.h"

#include <filesystem>
#include <mutex>

using namespace landslide;

namespace {

const TimecodeFormat kDf30{30, true}, kDf60{60, true}, kPal{25, false};

int64_t tc(const char* text, TimecodeFormat f) {
  auto v = parseTimecode(text, f);
  REQUIRE(v);
  return *v;
}

} // namespace

TEST_CASE("timecode: drop-frame at 29.97 skips ;00 and ;01 except every tenth minute") {
  CHECK(formatTimecode(0, kDf30) == "00:00:00;00");
  CHECK(tc("00:00:59;29", kDf30) == 1799);
  CHECK(formatTimecode(1799 + 1, kDf30) == "00:01:00;02");
  CHECK(tc("00:01:00;02", kDf30) == 1800);
  CHECK_FALSE(parseTimecode("00:01:00;00", kDf30)); // a dropped label
  CHECK_FALSE(parseTimecode("00:01:00;01", kDf30));
  // The tenth minute keeps its labels.
  CHECK(formatTimecode(tc("00:09:59;29", kDf30) + 1, kDf30) == "00:10:00;00");
  CHECK(tc("00:10:00;00", kDf30) == 17982); // ten minutes of 29.97 frames
  CHECK(formatTimecode(tc("00:10:59;29", kDf30) + 1, kDf30) == "00:11:00;02");
  // One hour is 107892 frames (3600 × 29.97 = 107892).
  CHECK(tc("01:00:00;00", kDf30) == 107892);
  // The day wraps after 23:59:59;29.
  const int64_t last = tc("23:59:59;29", kDf30);
  CHECK(last == framesPerDay(kDf30) - 1);
  CHECK(formatTimecode(last + 1, kDf30) == "00:00:00;00");
  // Every frame's label reads back as that frame, across a minute and a ten-minute edge.
  for (int64_t f = 17000; f < 19000; ++f) CHECK(parseTimecode(formatTimecode(f, kDf30), kDf30) == f);
}

TEST_CASE("timecode: 59.94 drops four labels a minute, non-drop counts plainly") {
  CHECK(formatTimecode(tc("00:00:59;59", kDf60) + 1, kDf60) == "00:01:00;04");
  CHECK_FALSE(parseTimecode("00:02:00;03", kDf60));
  CHECK(formatTimecode(tc("00:19:59;59", kDf60) + 1, kDf60) == "00:20:00;00");
  CHECK(formatTimecode(25 * 3600 * 10, kPal) == "10:00:00:00");
  CHECK(formatTimecode(tc("10:00:00:24", kPal) + 1, kPal) == "10:00:01:00");
  CHECK(formatTimecode(-1, kPal) == "23:59:59:24"); // wraps backwards too
  CHECK_FALSE(parseTimecode("10:00:00:25", kPal));
  CHECK_FALSE(parseTimecode("10:00:00;00", kPal)); // ';' is drop-frame only
  CHECK_FALSE(parseTimecode("24:00:00:00", kPal));
  CHECK_FALSE(parseTimecode("1:00:00:00", kPal));
}

TEST_CASE("timecode: formats and clocks follow the output's frame rate") {
  CHECK(timecodeFormatFor({30000, 1001}) == kDf30);
  CHECK(timecodeFormatFor({60000, 1001}) == kDf60);
  CHECK(timecodeFormatFor({30000, 1001}, false) == TimecodeFormat{30, false});
  CHECK(timecodeFormatFor({24000, 1001}) == TimecodeFormat{24, false}); // 23.976 has no drop-frame
  CHECK(timecodeFormatFor(*FrameRate::parse("50i")) == kPal);           // 1080i25: frames, not fields
  CHECK(timecodeFormatFor(*FrameRate::parse("59.94i")) == kDf30);

  auto interlaced = timecodeClockFor("10:00:00:00", *FrameRate::parse("50i"));
  REQUIRE(interlaced);
  CHECK(interlaced->at(0) == "10:00:00:00");
  CHECK(interlaced->at(1) == "10:00:00:00"); // the bottom field of frame 0
  CHECK(interlaced->at(51) == "10:00:01:00");
  auto df = timecodeClockFor("00:00:59;28", *FrameRate::parse("29.97"));
  REQUIRE(df);
  CHECK(df->at(2) == "00:01:00;02");
  auto ndf = timecodeClockFor("00:00:59:28", *FrameRate::parse("29.97")); // ':' chooses non-drop
  REQUIRE(ndf);
  CHECK(ndf->at(2) == "00:01:00:00");

  for (auto [text, rate] : {std::pair{"10:00:00;00", "25"}, std::pair{"00:01:00;00", "29.97"},
                            std::pair{"10:00:00:30", "50i"}, std::pair{"noon", "50"}}) {
    auto bad = timecodeClockFor(text, *FrameRate::parse(rate));
    CHECK_FALSE(bad);
    CHECK(bad.error().find(std::string("--timecode '") + text + "'") != std::string::npos);
  }
  // The time of day: 10:30:15 and a half at 25 fps, and drop-frame keeping up with the clock.
  CHECK(formatTimecode(timecodeAtTimeOfDay(37815.5, kPal, {25, 1}), kPal) == "10:30:15:12");
  CHECK(formatTimecode(timecodeAtTimeOfDay(3600.0, kDf30, {30000, 1001}), kDf30) == "01:00:00;00");
  CHECK(formatTimecode(timecodeAtTimeOfDay(3600.0, {30, false}, {30000, 1001}), {30, false}) == "01:00:00:00");
}

TEST_CASE("frame rates: 50i and 59.94i are field rates with frames at half") {
  auto i50 = FrameRate::parse("50i");
  REQUIRE(i50);
  CHECK(i50->interlaced);
  CHECK(i50->fps() == doctest::Approx(50));
  CHECK(i50->frames() == FrameRate{25, 1});
  CHECK(i50->toString() == "50i");
  auto i5994 = FrameRate::parse("59.94i");
  REQUIRE(i5994);
  CHECK(i5994->frames() == FrameRate{30000, 1001});
  CHECK(i5994->toString() == "59.94i");
  CHECK(i5994->picturesPerFrame() == 2);
  CHECK_FALSE(FrameRate::parse("25i"));
  CHECK_FALSE(FrameRate::parse("50p"));
}

TEST_CASE("weave: even lines from the top picture, odd from the bottom, each low-passed") {
  const int w = 2, h = 8;
  auto flat = [&](uint8_t v) { return std::vector<uint8_t>(size_t(w * h * 4), v); };
  std::vector<uint8_t> top = flat(0), bottom = flat(200);
  for (int x = 0; x < w * 4; ++x) top[size_t(4 * w * 4 + x)] = 255; // a one-line rule on row 4 of the top picture
  auto frame = weaveFields(top, bottom, w, h, WeaveAlpha::Premultiplied);
  auto row = [&](int y) { return int(frame[size_t(y * w * 4)]); };
  CHECK(row(1) == 200); // odd rows: the bottom picture
  CHECK(row(7) == 200);
  CHECK(row(0) == 0);
  CHECK(row(4) == (2 * 255 + 2) / 4); // the rule halved on its own line …
  CHECK(row(3) == 200);               // … its neighbours belong to the other field
  // … and spread to the lines either side, which the other field shows: woven with
  // itself, rows 3 and 5 carry a quarter of the rule.
  auto spread = weaveFields(top, top, w, h, WeaveAlpha::Premultiplied);
  CHECK(int(spread[size_t(3 * w * 4)]) == (255 + 2) / 4);
  CHECK(int(spread[size_t(5 * w * 4)]) == (255 + 2) / 4);
  CHECK(int(spread[size_t(2 * w * 4)]) == 0);
}

TEST_CASE("weave: straight colour is filtered by alpha, so clear pixels add no colour") {
  // A red opaque line over fully clear (straight colour 0) rows: the filtered rows are
  // half-clear but still fully red, not darkened towards the clear pixels' black.
  const int w = 1, h = 3;
  std::vector<uint8_t> p(size_t(w * h * 4), 0);
  p[4] = 255, p[7] = 255; // row 1: red, alpha 255
  std::vector<uint8_t> out(4);
  lowPassRow(p.data(), w, h, 0, WeaveAlpha::Straight, out.data());
  CHECK(int(out[0]) == 255);
  CHECK(int(out[3]) == 64);
  lowPassRow(p.data(), w, h, 0, WeaveAlpha::Premultiplied, out.data());
  CHECK(int(out[0]) == 64); // premultiplied: colour scales with alpha
}

namespace {

// Collects what the interlacer hands on (the real sink interface, kept in memory).
class CollectingSink final : public Sink {
public:
  const std::string& spec() const override { return spec_; }
  PixelFormat format() const override { return PixelFormat::Premultiplied; }
  void push(const VideoFrame& f) override {
    std::lock_guard lock(mutex_);
    frames.push_back(f);
  }
  Expected<void> finish() override { return {}; }
  std::optional<std::string> failure() const override { return std::nullopt; }
  std::vector<VideoFrame> frames;

private:
  std::string spec_ = "memory";
  std::mutex mutex_;
};

VideoFrame picture(int64_t n, uint8_t value) {
  return {n, 1, 4, std::make_shared<const std::vector<uint8_t>>(16, value), false};
}

} // namespace

TEST_CASE("interlace sink: pictures 2k and 2k+1 become frame k, top field first") {
  auto collect = std::make_unique<CollectingSink>();
  CollectingSink* seen = collect.get();
  InterlaceSink sink(std::move(collect), QueuePolicy::Block);
  for (int64_t n : {0, 1, 2, 3, 5, 6}) sink.push(picture(n, uint8_t(10 * n))); // picture 4 lost
  REQUIRE(sink.finish());
  REQUIRE(seen->frames.size() == 4);
  std::vector<int64_t> numbers;
  for (const VideoFrame& f : seen->frames) numbers.push_back(f.number);
  CHECK(numbers == std::vector<int64_t>{0, 1, 2, 3});
  const auto& f1 = *seen->frames[1].pixels; // pictures 2 (top, value 20) and 3 (bottom, 30)
  CHECK(int(f1[0]) == 20);
  CHECK(int(f1[4]) == 30);
  CHECK(int((*seen->frames[2].pixels)[0]) == 50); // frame 2: picture 5 alone (its top lost)
  CHECK(int((*seen->frames[3].pixels)[4]) == 60); // frame 3: picture 6, the last, alone
}

TEST_CASE("output specs: :straight and :premultiplied on outputs with alpha") {
  auto mov = parseOutputSpec("clip.mov:premultiplied");
  REQUIRE(mov);
  CHECK(mov->kind == OutputKind::ProRes);
  CHECK(mov->path == "clip.mov");
  CHECK(mov->alpha == AlphaMode::Premultiplied);
  CHECK(mov->text == "clip.mov:premultiplied");
  CHECK(parseOutputSpec("frames/:straight")->alpha == AlphaMode::Straight);
  CHECK(parseOutputSpec("-:premultiplied")->kind == OutputKind::Stdout);
  CHECK(parseOutputSpec("obs:7000:premultiplied")->port == 7000);
  auto ff = parseOutputSpec("ffmpeg:-c:v prores_ks -f mov x.mov:premultiplied");
  REQUIRE(ff);
  CHECK(ff->ffmpegArgs.back() == "x.mov");
  CHECK_FALSE(parseOutputSpec("clip.mov")->alpha);
  for (const char* bad : {"clip.mp4:premultiplied", "clip.mp4:straight", "window:premultiplied", "x.gif:straight"}) {
    auto p = parseOutputSpec(bad);
    CHECK_FALSE(p);
    CHECK(p.error().find(std::string("'") + bad + "'") != std::string::npos);
  }
  CHECK(parseOutputSpec("clip.mp4:straight").error().find("no alpha") != std::string::npos);
  // Key outputs have no alpha channel to choose for.
  ChannelArgs args;
  args.key = "sbs";
  args.outs = {"fill-key.mov:premultiplied"};
  auto plan = planChannel(args, "");
  CHECK_FALSE(plan);
  CHECK(plan.error().find("--key sbs") != std::string::npos);
}

TEST_CASE("as-run rows carry the timecode of their frame") {
  const std::string dir = (std::filesystem::temp_directory_path() / "landslide-asrun-timecode").string();
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string file = dir + "/as-run.jsonl";
  {
    BackgroundWriter writer;
    AsRunLog log(writer, file);
    auto clock = timecodeClockFor("10:00:00:00", *FrameRate::parse("50i"));
    REQUIRE(clock);
    log.setTimecode(*clock);
    AsRunEntry e;
    e.frame = 101; // picture 101 at 50i: frame 50, two seconds in
    e.command = "TAKE";
    log.record(e);
    CHECK(log.recent(1).front().timecode == "10:00:02:00");
    writer.flush();
  }
  auto text = files::readFile(file, 1 << 20);
  REQUIRE(text);
  CHECK(text->find(R"("timecode":"10:00:02:00")") != std::string::npos);
  CHECK(text->find(R"("frame":101)") != std::string::npos);
}
