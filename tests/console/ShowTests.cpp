#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include "playout/Show.h"

#include <cstdio>
#include <filesystem>

using namespace landslide;

namespace {
Show sampleShow() {
  Show show;
  show.name = "Election night: Ynys Môn & Ceredigion";
  show.feed = "feeds/samples/ge2024.json";
  show.items.push_back({"Mid Beds bars", "vote-bars", "E14000813", 10, {{"topN", 13}}});
  show.items.push_back({"Banner", "seat-change", "E14000813", 20, {{"caption", "First Labour MP in 105 years"}}});
  show.items.push_back({"", "result-card", "W07000112", 10, nlohmann::json::object()});
  return show;
}
} // namespace

TEST_CASE("a show file round-trips through JSON and disk unchanged") {
  Show show = sampleShow();
  ShowLoad parsed = parseShow(showToJson(show), "mem.json");
  REQUIRE(parsed.show);
  CHECK(*parsed.show == show);
  std::string file = (std::filesystem::temp_directory_path() / "landslide-show-test.json").string();
  const auto saved = saveShow(show, file);
  REQUIRE_MESSAGE(saved, saved.error());
  ShowLoad loaded = loadShow(file);
  REQUIRE(loaded.show);
  CHECK(*loaded.show == show);
  CHECK(showToJson(*loaded.show) == showToJson(show)); // byte for byte
  std::remove(file.c_str());
}

TEST_CASE("show files: errors name the file and JSON path") {
  CHECK(parseShow("[]", "s.json").error == "s.json: (document): not a JSON object");
  CHECK(parseShow(R"({"items": 3})", "s.json").error == "s.json: /items: expected an array");
  CHECK(parseShow(R"({"items": [{"scene": "vote-bars"}, {"label": "x"}]})", "s.json").error ==
        "s.json: /items/1/scene: missing");
  CHECK(parseShow(R"({"items": [{"scene": "vote-bars", "layer": -1}]})", "s.json").error.find("/items/0/layer") !=
        std::string::npos);
  CHECK(parseShow(R"({"items": [{"scene": "vote-bars", "options": []}]})", "s.json").error.find("/items/0/options") !=
        std::string::npos);
  CHECK(loadShow("/nonexistent/show.json").error.find("/nonexistent/show.json") != std::string::npos);
  CHECK(loadShow("/tmp").error.find("not a file") != std::string::npos); // a directory, refused
}

TEST_CASE("show files: a save that cannot be written leaves the old file and says why") {
  std::string file = (std::filesystem::temp_directory_path() / "landslide-show-keep.json").string();
  Show show = sampleShow();
  REQUIRE(saveShow(show, file));
  const auto refused = saveShow(show, "/nonexistent-dir/show.json");
  REQUIRE_FALSE(refused);
  CHECK(refused.error().find("/nonexistent-dir/show.json: cannot write the show file") == 0);
  show.name = "changed";
  REQUIRE(saveShow(show, file)); // replaced whole
  ShowLoad loaded = loadShow(file);
  REQUIRE(loaded.show);
  CHECK(loaded.show->name == "changed");
  std::remove(file.c_str());
}

TEST_CASE("reordering the rundown keeps every other item in order") {
  Show show = sampleShow();
  moveItem(show, 0, 2);
  CHECK(show.items[0].label == "Banner");
  CHECK(show.items[2].label == "Mid Beds bars");
  moveItem(show, 2, 0);
  CHECK(show == sampleShow());
  moveItem(show, 5, 0); // out of range: nothing happens
  CHECK(show == sampleShow());
}
