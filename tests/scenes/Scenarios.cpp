#include "Scenarios.h"

#include <sstream>

namespace landslide::test {

namespace {

const char* const kByElections = "feeds/samples/by-elections-2023-10-19.json";
const char* const kRuncorn = "feeds/samples/runcorn-and-helsby-2025.json";
const char* const kGe2024 = "feeds/samples/ge2024.json";
const char* const kPartial = "tests/scenes/fixtures/partial-results.json";
const char* const kMidBedsCaption = "The seat\u2019s first Labour MP in its 105-year history";

struct Seat {
  const char* tag;
  const char* feed;
  const char* contest;
};

// Seconds into the entrance where each scene is visibly mid-move.
double midEntrance(const std::string& scene) {
  if (scene == "seat-change") return 0.9; // the wipe into the winner's colour
  if (scene == "swing") return 0.6;
  if (scene == "result-card") return 0.45;
  return 0.5;
}

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

} // namespace

std::string Scenario::timelineKey() const {
  std::ostringstream k;
  k << scene << '|' << feed << '|' << contest << '|' << width << 'x' << height << '|' << theme << '|'
    << nextAt.value_or(-1) << '|' << outAt.value_or(-1) << '|' << update << '@' << updateAt;
  for (const auto& [key, value] : options) k << '|' << key << '=' << value;
  return k.str();
}

std::string Scenario::renderArgs(const std::string& src) const {
  std::ostringstream a;
  a << "--feed " << quote(src + "/" + feed) << " --scene " << scene;
  if (!contest.empty()) a << " --contest " << contest; // national scenes bind to none
  a << " --size " << width << 'x' << height;
  if (!theme.empty()) a << " --theme " << quote(src + "/" + theme);
  std::string steps;
  auto add = [&](const std::string& step) { steps += (steps.empty() ? "" : "; ") + step; };
  if (nextAt) add(std::to_string(*nextAt) + " next");
  if (!update.empty()) add(std::to_string(updateAt) + " update " + src + "/" + update);
  if (outAt) add(std::to_string(*outAt) + " out");
  if (!steps.empty()) a << " --steps " << quote(steps);
  for (const auto& [key, value] : options) a << " --option " << quote(key + "=" + value);
  return a.str();
}

Scenario recountScenario() {
  Scenario s;
  s.name = "recount";
  s.scene = "vote-bars";
  s.feed = "tests/scenes/fixtures/recount-before.json";
  s.contest = "E14001455";
  s.update = "tests/scenes/fixtures/recount-after.json";
  s.updateAt = 2;
  s.outAt = 5;
  return s;
}

std::vector<Scenario> goldenScenarios() {
  std::vector<Scenario> out;
  const std::vector<std::string> scenes = {"vote-bars", "swing", "seat-change", "result-card"};
  auto base = [](const Seat& seat, const std::string& scene, const std::string& moment) {
    Scenario s;
    s.name = std::string(seat.tag) + "-" + scene + "-" + moment;
    s.scene = scene;
    s.feed = seat.feed;
    s.contest = seat.contest;
    return s;
  };

  // Every moment of every scene — start, mid-entrance, settled, mid-exit, page two — for
  // the gain, Tamworth, the majority of 6, a 2024 hold and a winner-only seat.
  const Seat mid{"mid-beds", kByElections, "E14000813"};
  const Seat seats[] = {mid,
                        {"tamworth", kByElections, "E14000986"},
                        {"runcorn", kRuncorn, "E14001455"},
                        {"richmond-hold", kGe2024, "E14001444"},
                        {"tamworth-winner-only", kPartial, "E14000986"}};
  for (const Seat& seat : seats)
    for (const std::string& scene : scenes) {
      Scenario s = base(seat, scene, "");
      if (scene == "seat-change" && &seat == &seats[0]) s.options = {{"caption", kMidBedsCaption}};
      auto moment = [&](const std::string& m, double at) {
        Scenario v = s;
        v.name = std::string(seat.tag) + "-" + scene + "-" + m;
        v.at = at;
        return v;
      };
      out.push_back(moment("start", 0.04));
      out.push_back(moment("mid-entrance", midEntrance(scene)));
      out.push_back(moment("settled", 3));
      Scenario exit = moment("mid-exit", 3.2);
      exit.outAt = 3;
      out.push_back(exit);
      if (scene == "vote-bars" || scene == "swing") {
        Scenario page = moment("page-two", 4.5);
        page.nextAt = 2;
        out.push_back(page);
      }
    }
  const Seat awaiting{"mid-beds-awaiting", kPartial, "E14000813"};
  out.push_back(base(awaiting, "result-card", "settled"));
  out.push_back(base(awaiting, "vote-bars", "settled"));

  // Sizes: all thirteen candidates at 720p, and the banner at 2160p.
  Scenario all13 = base(mid, "vote-bars", "top13-720p");
  all13.width = 1280, all13.height = 720;
  all13.options = {{"topN", "13"}};
  out.push_back(all13);
  Scenario uhd = base(mid, "seat-change", "2160p");
  uhd.width = 3840, uhd.height = 2160;
  uhd.options = {{"caption", kMidBedsCaption}};
  out.push_back(uhd);

  // The second theme: other fonts, margins, corners, durations and easing.
  auto studio = [&](const std::string& scene, const std::string& moment, double at) {
    Scenario s = base(mid, scene, "studio-" + moment);
    s.theme = "assets/themes/studio.json";
    s.at = at;
    return s;
  };
  out.push_back(studio("vote-bars", "settled", 3));
  out.push_back(studio("vote-bars", "mid-entrance", 0.4));
  out.push_back(studio("seat-change", "mid-entrance", 0.7));
  out.push_back(studio("result-card", "settled", 3));
  Scenario dial = studio("swing", "page-two", 4.5);
  dial.nextAt = 2;
  out.push_back(dial);
  for (Scenario& v : seatShapeScenarios()) out.push_back(std::move(v));
  for (Scenario& n : nationalScenarios()) out.push_back(std::move(n));
  return out;
}

std::vector<Scenario> standardMoments(const std::string& tag, const std::string& scene, const std::string& feed,
                                      double midEntrance, int pages) {
  Scenario s;
  s.scene = scene;
  s.feed = feed;
  auto moment = [&](const std::string& m, double at) {
    Scenario v = s;
    v.name = tag + "-" + scene + "-" + m;
    v.at = at;
    return v;
  };
  std::vector<Scenario> out{moment("start", 0.04), moment("mid-entrance", midEntrance), moment("settled", 3)};
  Scenario exit = moment("mid-exit", 3.2);
  exit.outAt = 3;
  out.push_back(exit);
  for (int page = 2; page <= pages; ++page) {
    // One NEXT per page, two seconds apart; the frame 2.5 s after the last one.
    Scenario v = moment(page == 2 ? "page-two" : "page-" + std::to_string(page), 2.0 * (page - 1) + 2.5);
    v.nextAt = 2; // Scenario has one NEXT: later pages use nextAt and the scene's own options
    out.push_back(v);
  }
  return out;
}

std::vector<Scenario> shapeMoments(const std::string& tag, const std::string& scene, const std::string& feed,
                                   const std::string& moment, double at) {
  std::vector<Scenario> out;
  for (const auto& [shape, height] : {std::pair{"vertical", 1920}, std::pair{"square", 1080}}) {
    Scenario s;
    s.scene = scene;
    s.feed = feed;
    s.width = 1080, s.height = height;
    s.at = at;
    s.name = tag + "-" + scene + "-" + shape + "-" + moment;
    out.push_back(s);
  }
  return out;
}

std::vector<Scenario> nationalScenarios() {
  std::vector<Scenario> out;
  for (auto* group : {seatTallyScenarios, hexMapScenarios, gainsScenarios, nationalShareScenarios,
                      declarationsScenarios, battlegroundScenarios})
    for (Scenario& s : group()) out.push_back(std::move(s));
  return out;
}

} // namespace landslide::test
