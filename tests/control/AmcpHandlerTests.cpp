// The AMCP commands against a fake playout: every reply byte for byte, and the commands
// each one sends to the engine. Reply sources (CasparCG/server src/protocol/amcp/):
// AMCPCommandsImpl.cpp (cg_*_command, clear_command, info_*, version_command,
// bye_command), AMCPCommandQueue.cpp (exec_cmd failures), AMCPProtocolStrategy.cpp.
#include "VoteRows.h"
#include "control/AmcpHandler.h"

#include <doctest/doctest.h>

using namespace landslide;

namespace {

// Applies commands to a list of layers at once, as the engine would at the next frame.
class FakeHub final : public ControlHub {
public:
  FakeHub() {
    state_.width = 1280;
    state_.height = 720;
    state_.rate = {25, 1};
  }
  const SceneRegistry& scenes() const override { return registry_; }
  EngineState state() const override { return state_; }
  void submit(Command c, Done done) override {
    submitted.push_back(c);
    if (unreachable) return done({false, "timed out waiting for the render thread", -1});
    done(apply(c));
  }
  CueTable& cues() override { return cues_; }
  void record(std::string_view what, const Command& c, const std::string& result) override {
    records.push_back(std::string(what) + " " + std::to_string(c.layer) + ": " + result);
  }
  std::vector<AsRunEntry> asRun(std::size_t) const override { return {}; }
  std::shared_ptr<const VideoFrame> latestFrame() const override { return nullptr; }

  LayerView* layer(int n) {
    for (LayerView& v : state_.layers)
      if (v.layer == n) return &v;
    return nullptr;
  }

  std::vector<Command> submitted;
  std::vector<std::string> records;
  bool unreachable = false;
  std::size_t maxLayers = 1000; // Playout::kMaxLayersOnAir, as the engine refuses a take past it
  std::string missingContest;   // a contest the feed lacks: the engine refuses it ("unknown-contest")

private:
  CommandResult apply(const Command& c) {
    LayerView* v = layer(c.layer);
    switch (c.kind) {
    case CommandKind::Take: {
      if (!v && state_.layers.size() >= maxLayers) return {false, "already too many layers on air", 1};
      if (!missingContest.empty() && c.item.contest == missingContest)
        return {false, "the feed has no contest " + missingContest, 1, "unknown-contest"};
      std::erase_if(state_.layers, [&](const LayerView& l) { return l.layer == c.layer; });
      LayerView n{c.layer, c.item.scene, c.item.contest, c.item.options};
      n.pageCount = 2;
      state_.layers.push_back(n);
      break;
    }
    case CommandKind::Clear:
      std::erase_if(state_.layers, [&](const LayerView& l) { return l.layer == c.layer; });
      break;
    case CommandKind::ClearAll: state_.layers.clear(); break;
    case CommandKind::OutAll:
      for (LayerView& l : state_.layers) l.goingOut = true;
      break;
    case CommandKind::Out:
    case CommandKind::Next:
    case CommandKind::Update:
    case CommandKind::Retake:
    case CommandKind::SetAuto:
      if (!v) return {false, "layer " + std::to_string(c.layer) + " is empty", 1};
      if (c.kind == CommandKind::Out) v->goingOut = true;
      if (c.kind == CommandKind::Next) {
        if (v->page + 1 >= v->pageCount) return {false, "no further page", 1};
        ++v->page;
      }
      if (c.kind == CommandKind::Update)
        for (auto& [k, val] : c.item.options.items()) {
          if (k == "contest")
            v->contest = val.get<std::string>();
          else
            v->options[k] = val;
        }
      if (c.kind == CommandKind::SetAuto) v->autoUpdate = c.flag;
      break;
    }
    return {true, "", 1};
  }

  SceneRegistry registry_;
  EngineState state_;
  CueTable cues_;
};

// doctest would stringify CommandKind through landslide::toString (a string_view).
std::string kindOf(const Command& c) { return std::string(toString(c.kind)); }

struct Fixture {
  FakeHub hub;
  AmcpHandler handler{hub, "0.1.0"};
  bool closed = false;
  std::string send(const std::string& line) {
    std::string out;
    handler.handle(line, [&](AmcpOutcome o) {
      out = o.reply;
      closed = o.close;
    });
    return out;
  }
};

} // namespace

TEST_CASE_FIXTURE(Fixture, "AMCP: queries") {
  CHECK(send("PING") == "PONG\r\n");
  CHECK(send("ping 42") == "PONG 42\r\n");
  CHECK(send("VERSION") == "201 VERSION OK\r\n2.3.0 Landslide 0.1.0\r\n");
  CHECK(send("REQ q1 VERSION") == "RES q1 201 VERSION OK\r\n2.3.0 Landslide 0.1.0\r\n");
  CHECK(send("INFO") == "200 INFO OK\r\n1 720p2500 PLAYING\r\n\r\n");
  // The scenes, upper-cased and sorted, as the media scanner lists template ids.
  std::string tls = send("TLS");
  CHECK(tls.starts_with("200 TLS OK\r\n"));
  CHECK(tls.find("\r\nTEST-CARD\r\nVOTE-BARS\r\n") != std::string::npos);
  CHECK(tls.ends_with("\r\n\r\n"));
  CHECK(send("INFO 1") == "201 INFO OK\r\n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<channel>\n"
                          "   <framerate>25</framerate>\n   <framerate>1</framerate>\n"
                          "   <format>720p2500</format>\n   <mixer>\n      <audio>\n"
                          "         <volume>0</volume>\n         <volume>0</volume>\n"
                          "      </audio>\n   </mixer>\n</channel>\n\r\n");
  CHECK(hub.submitted.empty());
}

TEST_CASE_FIXTURE(Fixture, "AMCP: CG ADD with play-on-load, UPDATE, NEXT, STOP") {
  CHECK(send(R"(CG 1-10 ADD 1 "test-card" 1 "{\"contest\":\"E14000813\",\"title\":\"Mid Beds\"}")") == "202 CG OK\r\n");
  REQUIRE(hub.submitted.size() == 1);
  CHECK(kindOf(hub.submitted[0]) == "TAKE");
  CHECK(hub.submitted[0].layer == 1001);
  CHECK(hub.submitted[0].source == "amcp");
  CHECK(hub.submitted[0].item.scene == "test-card");
  CHECK(hub.submitted[0].item.contest == "E14000813");
  CHECK(hub.submitted[0].item.options == nlohmann::json{{"title", "Mid Beds"}});

  CHECK(send(R"(CG 1-10 UPDATE 1 "{\"title\":\"Changed\"}")") == "202 CG OK\r\n");
  CHECK(kindOf(hub.submitted.back()) == "UPDATE");
  CHECK(hub.layer(1001)->options["title"] == "Changed");
  CHECK(send("CG 1-10 NEXT 1") == "202 CG OK\r\n");
  CHECK(hub.layer(1001)->page == 1);
  CHECK(send("CG 1-10 NEXT 1") == "202 CG OK\r\n"); // no further page: a template ignores it too
  CHECK(send("CG 1-10 STOP 1") == "202 CG OK\r\n");
  CHECK(kindOf(hub.submitted.back()) == "OUT");
  CHECK(hub.layer(1001)->goingOut);
  CHECK(send("CG 1-10 STOP 1") == "202 CG OK\r\n"); // already going out: nothing sent
  CHECK(kindOf(hub.submitted.back()) == "OUT");
  CHECK(hub.submitted.size() == 5); // take, update, next, next (refused), out
}

TEST_CASE_FIXTURE(Fixture, "AMCP: load without playing, then PLAY; INFO shows both") {
  CHECK(
      send(
          R"(CG 1-20 ADD 2 "VOTE-BARS" 0 "<templateData><componentData id=\"contest\"><data id=\"text\" value=\"E14000986\"/></componentData></templateData>")") ==
      "202 CG OK\r\n");
  CHECK(hub.submitted.empty());
  REQUIRE(hub.cues().find(2002));
  CHECK(hub.cues().find(2002)->contest == "E14000986");
  CHECK(hub.records.back() == "CUE 2002: ok");
  CHECK(send(R"(CG 1-20 UPDATE 2 "{\"topN\":\"3\"}")") == "202 CG OK\r\n"); // changes the cued item
  CHECK(hub.cues().find(2002)->options["topN"] == "3");
  CHECK(send("INFO 1").find("<layer_20>\n            <foreground>\n               <producer>landslide</producer>\n"
                            "               <cg>\n                  <cg_2>\n"
                            "                     <template>vote-bars</template>\n"
                            "                     <contest>E14000986</contest>\n"
                            "                     <page>0</page>\n                     <state>cued</state>\n") !=
        std::string::npos);
  CHECK(send("CG 1-20 PLAY 2") == "202 CG OK\r\n");
  CHECK(kindOf(hub.submitted.back()) == "TAKE");
  CHECK(hub.submitted.back().item.options["topN"] == "3");
  CHECK_FALSE(hub.cues().find(2002));
  CHECK(send("CG 1-20 PLAY 2") == "202 CG OK\r\n"); // nothing cued: no-op
  CHECK(hub.submitted.size() == 1);
  // Loading over a graphic on air replaces it: cut, then cued.
  CHECK(send("CG 1-20 ADD 2 test-card 0") == "202 CG OK\r\n");
  CHECK(kindOf(hub.submitted.back()) == "CLEAR");
  CHECK_FALSE(hub.layer(2002));
}

TEST_CASE_FIXTURE(Fixture, "AMCP: REMOVE, CG CLEAR, CLEAR layer and channel") {
  send("CG 1-10 ADD 1 test-card 1");
  send("CG 1-10 ADD 2 test-card 1");
  send("CG 1-10 ADD 3 test-card 0");
  send("CG 1-30 ADD 1 test-card 1");
  CHECK(send("CG 1-10 REMOVE 1") == "202 CG OK\r\n");
  CHECK_FALSE(hub.layer(1001));
  CHECK(send("CG 1-10 REMOVE 5") == "202 CG OK\r\n"); // the video layer has graphics
  CHECK(send("CG 1-10 CLEAR") == "202 CG OK\r\n");
  CHECK_FALSE(hub.layer(1002));
  CHECK_FALSE(hub.cues().find(1003));
  CHECK(hub.layer(3001));
  CHECK(send("CG 1-10 CLEAR") == "202 CG OK\r\n"); // empty: still fine
  CHECK(send("CLEAR 1-30") == "202 CLEAR OK\r\n");
  CHECK_FALSE(hub.layer(3001));
  send("CG 1-10 ADD 1 test-card 1");
  send("CG 1-11 ADD 1 test-card 0");
  CHECK(send("REQ z CLEAR 1") == "RES z 202 CLEAR OK\r\n");
  CHECK(kindOf(hub.submitted.back()) == "CLEAR ALL");
  CHECK(hub.cues().all().empty());
}

TEST_CASE_FIXTURE(Fixture, "AMCP: INVOKE") {
  send("CG 1-10 ADD 1 test-card 1");
  CHECK(send("CG 1-10 INVOKE 1 next") == "201 CG OK\r\n\r\n");
  CHECK(kindOf(hub.submitted.back()) == "NEXT");
  CHECK(send("CG 1-10 INVOKE 1 hold") == "201 CG OK\r\n\r\n");
  CHECK_FALSE(hub.layer(1001)->autoUpdate);
  CHECK(send("CG 1-10 INVOKE 1 retake") == "201 CG OK\r\n\r\n");
  CHECK(send("CG 1-10 INVOKE 1 bogus") == "403 CG INVOKE FAILED\r\n");
  CHECK(send("CG 1-10 INVOKE 1 out") == "201 CG OK\r\n\r\n");
  CHECK(hub.layer(1001)->goingOut);
  CHECK(send("CG 1-11 INVOKE 1 next") == "403 CG INVOKE FAILED\r\n"); // no graphic on 1-11
}

TEST_CASE_FIXTURE(Fixture, "AMCP: a layer bound to the latest declared seat") {
  // JSON and XML CG data both bind "latest" (in any case: it is normalised).
  CHECK(send(R"(CG 1-10 ADD 1 "seat-change" 1 "{\"contest\":\"latest\"}")") == "202 CG OK\r\n");
  REQUIRE(hub.submitted.size() == 1);
  CHECK(hub.submitted[0].item.scene == "seat-change");
  CHECK(hub.submitted[0].item.contest == "latest");
  CHECK(hub.submitted[0].item.options == nlohmann::json::object());
  CHECK(
      send(
          R"(CG 1-10 ADD 2 "vote-bars" 0 "<templateData><componentData id=\"contest\"><data id=\"text\" value=\"LATEST\"/></componentData></templateData>")") ==
      "202 CG OK\r\n");
  REQUIRE(hub.cues().find(1002));
  CHECK(hub.cues().find(1002)->contest == "latest");
  // INFO shows the binding and the seat it resolves to: empty while nothing has declared
  // (the cue, with no data), the seat the engine reports for the one on air.
  hub.layer(1001)->resolved = "E14000813";
  std::string info = send("INFO 1");
  CHECK(info.find("<cg_1>\n                     <template>seat-change</template>\n"
                  "                     <contest>latest</contest>\n"
                  "                     <resolved>E14000813</resolved>\n") != std::string::npos);
  CHECK(info.find("<template>vote-bars</template>\n                     <contest>latest</contest>\n"
                  "                     <resolved/>\n") != std::string::npos);
  // A fixed binding has no <resolved> element (INFO as before).
  send(R"(CG 1-10 ADD 3 "vote-bars" 1 "{\"contest\":\"E14000986\"}")");
  CHECK(send("INFO 1").find("<contest>E14000986</contest>\n                     <page>") != std::string::npos);
  // CG UPDATE can rebind a layer on air to latest (the engine normalises it there).
  CHECK(send(R"(CG 1-10 UPDATE 3 "{\"contest\":\"latest\"}")") == "202 CG OK\r\n");
  CHECK(kindOf(hub.submitted.back()) == "UPDATE");
  CHECK(hub.submitted.back().item.options["contest"] == "latest");
}

TEST_CASE_FIXTURE(Fixture, "AMCP: every error path") {
  CHECK(send("FOO") == "400 ERROR\r\nFOO\r\n");
  CHECK(send("") == "400 ERROR\r\n\r\n");
  CHECK(send("REQ r1 BOGUS 1") == "RES r1 400 ERROR\r\nREQ r1 BOGUS 1\r\n");
  CHECK(send("REQ r2 PING") == "RES r2 400 ERROR\r\nREQ r2 PING\r\n"); // PING has no REQ form in 2.3
  CHECK(send("CG 2-10 ADD 1 test-card 1") == "401 CG ERROR\r\n");
  CHECK(send("INFO 9") == "401 INFO ERROR\r\n");
  CHECK(send("CG 1-10 ADD 1 test-card") == "402 CG ERROR\r\n");
  CHECK(send("REQ") == "402  ERROR\r\n");
  CHECK(send("CG 1-10 ADD 1 test-card label") == "402 CG ADD FAILED\r\n"); // a label needs the flag after it
  CHECK(send("CG 1-10 ADD 1 test-card \"\"") == "402 CG ADD FAILED\r\n");
  CHECK(send("CG 1-10 ADD 1 test-card 1 \"\"") == "402 CG ADD FAILED\r\n");
  CHECK(send("CG 1-10 ADD x test-card 1") == "501 CG ADD FAILED\r\n");           // std::invalid_argument
  CHECK(send("CG 1-10 ADD 99999999999 test-card 1") == "402 CG ADD FAILED\r\n"); // std::out_of_range
  CHECK(send("CG 1-10 ADD 1 no-such-scene 1") == "404 CG ADD FAILED\r\n");
  CHECK(hub.records.back() == "TAKE 0: unknown scene 'no-such-scene'");
  CHECK(send("CG 1-10 ADD 1 test-card 1 \"{broken\"") == "403 CG ADD FAILED\r\n");
  CHECK(send("CG 1-10 ADD 100 test-card 1") == "403 CG ADD FAILED\r\n"); // no playout layer for CG layer 100
  CHECK(send("CG 1-10 STOP 1") == "403 CG STOP FAILED\r\n");             // no graphic on the video layer
  CHECK(hub.records.back() == "CG STOP 1001: no graphic on video layer 10");
  CHECK(send("CG 1-10 NEXT 1") == "403 CG NEXT FAILED\r\n");
  CHECK(send("CG 1-10 REMOVE 1") == "403 CG REMOVE FAILED\r\n");
  CHECK(send("CG 1-10 UPDATE 1 \"{}\"") == "403 CG UPDATE FAILED\r\n");
  CHECK(send("CG 1-10 UPDATE 1 \"\"") == "402 CG UPDATE FAILED\r\n");
  CHECK(send("CG 1-10 UPDATE x \"{}\"") == "501 CG UPDATE FAILED\r\n");
  CHECK(send("CG 1-10 PLAY 1") == "202 CG OK\r\n"); // cg_play_command does not need a graphic
  CHECK(hub.submitted.empty());
  // The render thread never answering is an internal error.
  hub.unreachable = true;
  CHECK(send("CG 1-10 ADD 1 test-card 1") == "501 CG ADD FAILED\r\n");
}

TEST_CASE_FIXTURE(Fixture, "AMCP: BYE closes without a reply; bad bytes are dropped from echoes") {
  CHECK(send("BYE") == "");
  CHECK(closed);
  CHECK(send("REQ b BYE") == "");
  CHECK(send("F\xffOO") == "400 ERROR\r\nFOO\r\n");
}

TEST_CASE("a take the engine refuses (too many layers on air) is a 403, not 202") {
  Fixture f;
  f.hub.maxLayers = 2;
  CHECK(f.send("CG 1-10 ADD 1 test-card 1") == "202 CG OK\r\n");
  CHECK(f.send("CG 1-10 ADD 2 test-card 1") == "202 CG OK\r\n");
  CHECK(f.send("CG 1-10 ADD 3 test-card 1") == "403 CG ADD FAILED\r\n");
  CHECK(f.send("CG 1-10 ADD 1 test-card 1") == "202 CG OK\r\n"); // the same layer again
  CHECK(f.send("CG 1-10 ADD 4 test-card 0") == "202 CG OK\r\n"); // a cue is not on air
  CHECK(f.send("CG 1-10 PLAY 4") == "403 CG PLAY FAILED\r\n");
  CHECK(f.send("CG 1-10 ADD 5 test-card 0") == "202 CG OK\r\n");
  CHECK(f.send("CG 1-10 INVOKE 5 play") == "403 CG INVOKE FAILED\r\n");
}

TEST_CASE("a take for a contest the feed does not have is a 404, as for a missing template") {
  Fixture f;
  f.hub.missingContest = "E99999999";
  CHECK(f.send(R"(CG 1-10 ADD 1 vote-bars 1 "{\"contest\":\"E99999999\"}")") == "404 CG ADD FAILED\r\n");
  CHECK(f.send(R"(CG 1-10 ADD 1 vote-bars 1 "{\"contest\":\"E14000813\"}")") == "202 CG OK\r\n");
}

TEST_CASE("malformed addresses are a 401 and send nothing to the engine") {
  Fixture f;
  CHECK(f.send("CG 1-10 ADD 1 test-card 1") == "202 CG OK\r\n");
  f.hub.submitted.clear();
  CHECK(f.send("CLEAR 1-99999999999") == "401 CLEAR ERROR\r\n");
  CHECK(f.send("CLEAR 1-abc") == "401 CLEAR ERROR\r\n");
  CHECK(f.send("CG 1-2147483648 ADD 1 test-card 1") == "401 CG ERROR\r\n");
  CHECK(f.send("CG 1-10000 CLEAR") == "401 CG ERROR\r\n");
  CHECK(f.hub.submitted.empty());
  CHECK(f.hub.layer(1001) != nullptr); // still on air
}

TEST_CASE("CG data past the limits is a 403 naming the field in the as-run log") {
  Fixture f;
  const std::string title(300, 'x');
  CHECK(f.send("CG 1-10 ADD 1 test-card 1 \"{\\\"title\\\":\\\"" + title + "\\\"}\"") == "403 CG ADD FAILED\r\n");
  REQUIRE_FALSE(f.hub.records.empty());
  CHECK(f.hub.records.back().find("/title") != std::string::npos);
  CHECK(f.hub.records.back().find("300") != std::string::npos);
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  CHECK(f.send("CG 1-10 ADD 1 test-card 1 \"{\\\"a\\\":" + deep + "}\"") == "403 CG ADD FAILED\r\n");
  CHECK(f.hub.submitted.empty());
}

TEST_CASE_FIXTURE(Fixture, "AMCP: options are parsed when the command arrives; bad ones are a 403 naming the path") {
  // A good take reaches the engine with its options parsed for the scene.
  CHECK(send(R"(CG 1-10 ADD 1 "vote-bars" 1 "{\"contest\":\"E14000813\",\"topN\":3}")") == "202 CG OK\r\n");
  REQUIRE(hub.submitted.size() == 1);
  REQUIRE(hub.submitted[0].item.parsed);
  CHECK(dynamic_cast<const VoteBarsOptions&>(*hub.submitted[0].item.parsed).topN == 3);

  // Out of range, a wrong type, an unknown key: refused, nothing sent, the as-run says why.
  CHECK(send(R"(CG 1-10 ADD 2 "vote-bars" 1 "{\"topN\":99}")") ==
        "403 CG ADD FAILED /topN: must be an integer from 1 to 20\r\n");
  CHECK(hub.records.back() == "TAKE 1002: /topN: must be an integer from 1 to 20");
  CHECK(send(R"(CG 1-10 ADD 2 "seat-tally" 0 "{\"title\":5}")") == "403 CG ADD FAILED /title: must be a string\r\n");
  CHECK_FALSE(hub.cues().find(1002));
  CHECK(send(R"(REQ a CG 1-10 ADD 2 "test-card" 1 "{\"f0\":\"x\"}")")
            .starts_with("RES a 403 CG ADD FAILED /f0: unknown option (this scene takes caption, "));
  // XML CG data can only send strings: a number in a string is a number.
  CHECK(
      send(
          R"(CG 1-10 ADD 3 "seat-tally" 1 "<templateData><componentData id=\"topN\"><data id=\"text\" value=\"lots\"/></componentData></templateData>")") ==
      "403 CG ADD FAILED /topN: must be an integer from 1 to 12\r\n");
  CHECK(hub.submitted.size() == 1);

  // UPDATE is parsed against what the layer shows, merged with its options.
  CHECK(send(R"(CG 1-10 UPDATE 1 "{\"topN\":\"21\"}")") ==
        "403 CG UPDATE FAILED /topN: must be an integer from 1 to 20\r\n");
  CHECK(send(R"(CG 1-10 UPDATE 1 "{\"legendRows\":5}")").starts_with("403 CG UPDATE FAILED /legendRows: unknown"));
  CHECK(hub.submitted.size() == 1);
  CHECK(hub.layer(1001)->options["topN"] == 3);
  CHECK(send(R"(CG 1-10 UPDATE 1 "{\"title\":\"Mid Beds\"}")") == "202 CG OK\r\n");
  REQUIRE(hub.submitted.size() == 2);
  const Command& update = hub.submitted.back();
  CHECK(update.item.options == nlohmann::json{{"title", "Mid Beds"}}); // the patch, as the as-run logs it
  REQUIRE(update.item.parsed);
  CHECK(update.item.scene == "vote-bars");
  const auto& merged = dynamic_cast<const VoteBarsOptions&>(*update.item.parsed);
  CHECK(merged.topN == 3); // kept from the take
  CHECK(merged.title == "Mid Beds");

  // A cued item's update is checked the same way and leaves the cue as it was.
  CHECK(send(R"(CG 1-10 ADD 4 "gains" 0 "{\"unchanged\":true}")") == "202 CG OK\r\n");
  CHECK(send(R"(CG 1-10 UPDATE 4 "{\"unchanged\":\"maybe\"}")") ==
        "403 CG UPDATE FAILED /unchanged: must be true or false\r\n");
  CHECK(hub.cues().find(1004)->options["unchanged"] == true);
  CHECK(send("CG 1-10 PLAY 4") == "202 CG OK\r\n");
  REQUIRE(hub.submitted.back().item.parsed); // parsed when it was cued
}

TEST_CASE_FIXTURE(Fixture, "AMCP: a refused option's key cannot break the reply into two lines") {
  CHECK(send(R"(CG 1-10 ADD 1 "test-card" 1 "{\"a\\r\\n202 CG OK\":1}")") ==
        "403 CG ADD FAILED /a  202 CG OK: unknown option (this scene takes caption, names, parties, shortNames, "
        "subtitle, title)\r\n");
}
