// The restart journal: a round trip puts the same layers back; a bad journal is one
// warning naming the file and JSON path and a start with what could be restored, never
// a crash; a failed write keeps the last good journal and is reported.
#include "EngineFixture.h"

#include "live/Journal.h"

#include <doctest/doctest.h>

#include <csignal>
#include <fstream>
#include <sys/resource.h>

using namespace landslide;
using namespace landslide::test;
using nlohmann::json;

namespace {

void writeText(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  REQUIRE(out);
}

std::string readText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string summary(const EngineState& state) {
  std::string out;
  for (const LayerView& v : state.layers)
    out += std::to_string(v.layer) + ":" + v.scene + ":" + v.contest + ":p" + std::to_string(v.page) + ":" +
           (v.autoUpdate ? "auto" : "hold") + " ";
  return out;
}

json journalWith(json layers) { return {{"format", "landslide-journal"}, {"version", 1}, {"layers", layers}}; }

json goodLayer(int layer) {
  return {{"layer", layer}, {"scene", "vote-bars"}, {"contest", kMidBeds}, {"page", 1}, {"auto", true}};
}

// Ticks until the engine's published journal health says `ok`, or a few seconds pass
// (the write is on the writer thread).
bool journalHealthBecomes(EngineFixture& f, bool ok) {
  for (int i = 0; i < 600; ++i) {
    f.tick();
    if (f.engine().state().journal.ok == ok) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return false;
}

struct WithFeed : EngineFixture {
  ScratchDir dir;
  std::string file = (dir / "journal.json").string();
  WithFeed() { REQUIRE(source().publish(byElections()).ok()); }
  ~WithFeed() { stop(); } // the engine's last writes land before the directory goes
  EngineConfig config() const { return {file, "", false}; }
};

} // namespace

TEST_CASE_FIXTURE(WithFeed, "journal: a round trip restores the same layers, settled, and says what it restored") {
  start(config());
  REQUIRE(take(10, "vote-bars", kMidBeds, {{"title", "ROUND TRIP"}}).ok);
  Command next;
  next.kind = CommandKind::Next;
  next.layer = 10;
  REQUIRE(run(next).ok);
  REQUIRE(take(30, "test-card", kTamworth).ok);
  Command hold;
  hold.kind = CommandKind::SetAuto;
  hold.layer = 30;
  hold.flag = false;
  REQUIRE(run(hold).ok);
  REQUIRE(take(40, "seat-tally", "").ok);
  tick(3);
  const std::string before = summary(engine().state());
  CHECK(before ==
        "10:vote-bars:" + kMidBeds + ":p1:auto 30:test-card:" + kTamworth + ":p0:hold 40:seat-tally::p0:auto ");

  LiveEngine& again = start(config()); // the old engine's writes are on disk now
  JournalRestore restored = again.restoreJournal();
  CHECK(restored.problems.empty());
  CHECK(restored.summary.find("restored 3 layers") == 0);
  CHECK(restored.summary.find("10 vote-bars " + kMidBeds) != std::string::npos);
  CHECK(restored.summary.find("30 test-card " + kTamworth + " (hold)") != std::string::npos);
  tick();
  CHECK(summary(engine().state()) == before);
  CHECK(engine().state().layers.front().options.value("title", "") == "ROUND TRIP");
  // Settled: nothing animates in after the restart.
  const uint64_t drawn = producer().framesDrawn();
  tick(10);
  CHECK(producer().framesDrawn() == drawn);
}

TEST_CASE_FIXTURE(WithFeed, "journal: text that is not UTF-8 is journaled, not thrown on the render thread") {
  start(config());
  REQUIRE(take(10, "vote-bars", kMidBeds, {{"title", std::string("caf\xe9")}}).ok);
  tick();
  start(config());
  JournalRestore restored = engine().restoreJournal();
  CHECK(restored.problems.empty());
  tick();
  CHECK(engine().state().layers.size() == 1);
}

TEST_CASE_FIXTURE(WithFeed, "journal: each bad journal is one warning naming file and path, and a clean start") {
  struct Case {
    const char* name;
    std::string text;
    std::string path;       // the JSON path the warning names
    std::size_t layersBack; // layers restored despite it
  };
  json wrongType = journalWith({goodLayer(10), goodLayer(20)});
  wrongType["layers"][1]["page"] = "x";
  json wrongAuto = journalWith({goodLayer(10)});
  wrongAuto["layers"][0]["auto"] = "yes";
  json unknownScene = journalWith({goodLayer(10), goodLayer(20)});
  unknownScene["layers"][0]["scene"] = "no-such-scene";
  json unknownContest = journalWith({goodLayer(10)});
  unknownContest["layers"][0]["contest"] = "E99999999";
  json hugeLayer = journalWith({goodLayer(10)});
  hugeLayer["layers"][0]["layer"] = 99999999999LL;
  json throwsOnReplay = journalWith({goodLayer(10), goodLayer(20)});
  throwsOnReplay["layers"][1]["scene"] = "throws-on-option";
  throwsOnReplay["layers"][1]["options"] = {{"fail", true}};
  const std::string good = journalWith({goodLayer(10)}).dump();
  const Case cases[] = {
      {"wrong field type", wrongType.dump(), "/layers/1/page", 1},
      {"auto not a boolean", wrongAuto.dump(), "/layers/0/auto", 0},
      {"truncated", good.substr(0, good.size() / 2), "", 0},
      {"deep nesting", std::string(100000, '[') + std::string(100000, ']'), "", 0},
      {"not a journal", R"({"layers": []})", "/format", 0},
      {"layers not a list", journalWith(json::object()).dump(), "/layers", 0},
      {"an unknown scene", unknownScene.dump(), "/layers/0/scene", 1},
      {"a contest the feed lacks", unknownContest.dump(), "/layers/0/contest", 0},
      {"a layer out of range", hugeLayer.dump(), "/layers/0/layer", 0},
      {"a layer that throws when replayed", throwsOnReplay.dump(), "/layers/1", 1},
  };
  for (const Case& c : cases) {
    const std::string name = c.name;
    CAPTURE(name);
    stop(); // the last case's engine writes its journal first
    writeText(file, c.text);
    start(config());
    JournalRestore restored;
    CHECK_NOTHROW(restored = engine().restoreJournal());
    REQUIRE(restored.problems.size() == 1);
    const Problem& p = restored.problems.front();
    CHECK(p.file == file);
    CHECK(p.severity == Problem::Severity::Warning);
    if (!c.path.empty()) CHECK(p.path == c.path);
    CHECK(restored.keptAs == file + ".bad"); // kept for the operator to look at
    CHECK(std::filesystem::exists(restored.keptAs));
    CHECK_NOTHROW(tick(3));
    CHECK(engine().state().layers.size() == c.layersBack);
    std::filesystem::remove(restored.keptAs);
  }
}

TEST_CASE_FIXTURE(WithFeed, "journal: an enormous or odd file is refused without reading it") {
  {
    std::ofstream out(file, std::ios::binary);
    out.seekp(std::streamoff(kMaxJournalBytes) + 10);
    out.put('\n'); // sparse: big on paper, nothing to read
  }
  start(config());
  JournalRestore restored = engine().restoreJournal();
  REQUIRE(restored.problems.size() == 1);
  CHECK(restored.problems.front().reason.find("limit") != std::string::npos);
  CHECK(restored.problems.front().file == file);

  std::filesystem::remove(restored.keptAs);
  std::filesystem::create_directory(file); // a directory where the journal should be
  start(config());
  restored = engine().restoreJournal();
  REQUIRE(restored.problems.size() == 1);
  CHECK(restored.problems.front().reason.find("directory") != std::string::npos);
}

TEST_CASE_FIXTURE(WithFeed, "journal: a first start (no journal) is no problem") {
  start(config());
  JournalRestore restored = engine().restoreJournal();
  CHECK(restored.problems.empty());
  CHECK(restored.summary.empty());
  tick();
  CHECK(engine().state().journal.ok);
}

TEST_CASE_FIXTURE(WithFeed, "journal: a write that cannot happen is reported in the engine state") {
  // A state dir that is a regular file: even root cannot create a file inside it.
  writeText(dir / "not-a-dir", "x");
  file = (dir / "not-a-dir" / "journal.json").string();
  start(config());
  REQUIRE(take(10, "vote-bars", kMidBeds).ok);
  REQUIRE(journalHealthBecomes(*this, false));
  const JournalHealth h = engine().state().journal;
  CHECK(h.error.find(file) != std::string::npos);

  // The journal's path taken by a directory: the rename cannot replace it.
  file = (dir / "journal-dir").string();
  std::filesystem::create_directory(file);
  start(config());
  REQUIRE(take(10, "vote-bars", kMidBeds).ok);
  REQUIRE(journalHealthBecomes(*this, false));
  CHECK(std::filesystem::is_directory(file));
}

TEST_CASE_FIXTURE(WithFeed, "journal: on a full disk the last good journal stays, and health recovers") {
  start(config());
  REQUIRE(take(10, "vote-bars", kMidBeds).ok);
  start(config()); // on disk now
  const std::string good = readText(file);
  REQUIRE(good.find(kMidBeds) != std::string::npos);
  REQUIRE(engine().restoreJournal().problems.empty());
  tick();
  REQUIRE(journalHealthBecomes(*this, true));

  // A disk with room for a few bytes: writes past it fail as on a full disk (EFBIG
  // instead of ENOSPC; root cannot write past it either).
  rlimit old{};
  REQUIRE(getrlimit(RLIMIT_FSIZE, &old) == 0);
  auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit tiny = old;
  tiny.rlim_cur = 64;
  REQUIRE(setrlimit(RLIMIT_FSIZE, &tiny) == 0);
  REQUIRE(take(20, "result-card", kTamworth).ok);
  const bool failed = journalHealthBecomes(*this, false);
  const JournalHealth h = engine().state().journal;
  const std::string after = readText(file);
  setrlimit(RLIMIT_FSIZE, &old);
  std::signal(SIGXFSZ, previousHandler);
  REQUIRE(failed);
  CHECK(h.error.find(file) != std::string::npos);
  CHECK(after == good); // not a truncated or empty journal
  for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
    CHECK(entry.path().filename().string().find(".tmp") == std::string::npos); // no temporary left

  // Room again: the next change is journaled and health is ok.
  REQUIRE(take(30, "seat-tally", "").ok);
  REQUIRE(journalHealthBecomes(*this, true));
  CHECK(readText(file).find(kTamworth) != std::string::npos);
}

TEST_CASE("journal: journalText leaves out layers going out") {
  std::map<int, LayerState> layers;
  layers[10].item = {"vote-bars", kMidBeds, json::object()};
  layers[20].item = {"seat-tally", "", json::object()};
  layers[20].timing.outFrame = 5;
  json j = json::parse(journalText(layers));
  REQUIRE(j["layers"].size() == 1);
  CHECK(j["layers"][0]["layer"] == 10);
}
