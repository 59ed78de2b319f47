// CG data: JSON as HTML-template clients send it, Flash-era <templateData> XML.
#include "control/CgData.h"
#include "control/LayerMap.h"

#include <doctest/doctest.h>

using namespace landslide;

TEST_CASE("CG data: JSON binds the contest, the rest are options") {
  auto d = parseCgData(R"({"contest":"E14000813","title":"Mid Beds","topN":3})");
  REQUIRE(d);
  CHECK(d->contest == "E14000813");
  CHECK(d->options == nlohmann::json{{"title", "Mid Beds"}, {"topN", 3}});
  // Encoded twice, as some clients send it.
  d = parseCgData(R"("{\"contest\":\"E14000986\"}")");
  REQUIRE(d);
  CHECK(d->contest == "E14000986");
  CHECK_FALSE(parseCgData("{not json"));
  CHECK_FALSE(parseCgData("[1,2]"));
  CHECK_FALSE(parseCgData(R"({"contest":5})"));
  CHECK(parseCgData("{}")->options.empty());
}

TEST_CASE("CG data: templateData XML") {
  auto d = parseCgData(R"(<?xml version="1.0"?><templateData>
      <componentData id="contest"><data id="text" value="E14000813"/></componentData>
      <componentData id="title"><data id="other" value="x"/><data id="text" value="Mid &amp; Beds &#x2014; &#233;"/></componentData>
      <componentData id='f1'><data id='text' value='one'/></componentData>
    </templateData>)");
  REQUIRE(d);
  CHECK(d->contest == "E14000813");
  CHECK(d->options["title"] == "Mid & Beds \xe2\x80\x94 \xc3\xa9");
  CHECK(d->options["f1"] == "one");
  CHECK_FALSE(parseCgData("<notTemplateData/>"));
  CHECK_FALSE(parseCgData("<templateData")); // unterminated tag: no root, no crash
  CHECK(parseCgData("<templateData><componentData id=\"x\"><data value=\"&#99999999;&bogus;\"/>"));
}

TEST_CASE("CG data: deep nesting is refused at parse, without a crash") {
  // 100000 levels crashed serve (a recursive copy of the options on the render thread).
  const std::string deep = "{\"a\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
  auto d = parseCgData(deep); // past the size limit too
  REQUIRE_FALSE(d);
  CgDataLimits roomy;
  roomy.maxBytes = 1 << 20;
  d = parseCgData(deep, roomy);
  REQUIRE_FALSE(d);
  CHECK(d.problem().rule == "depth-limit");
  d = parseCgData("{\"a\":" + std::string(30000, '[') + std::string(30000, ']') + "}");
  REQUIRE_FALSE(d);
  CHECK(d.problem().rule == "depth-limit");
  // Encoded twice, the inner document is bounded too.
  nlohmann::json twice = "{\"a\":" + std::string(1000, '[') + std::string(1000, ']') + "}";
  CHECK_FALSE(parseCgData(twice.dump()));
  CHECK(parseCgData(R"({"a":[[[[1]]]]})"));
  // XML: the elements open at once are counted.
  std::string xml = "<templateData>";
  for (int i = 0; i < 15000; ++i) xml += "<x>";
  d = parseCgData(xml);
  REQUIRE_FALSE(d);
  CHECK(d.problem().rule == "depth-limit");
  // Many siblings are not nesting, but their number is bounded.
  xml = "<templateData>";
  for (int i = 0; i < 12000; ++i) xml += "<x/>"; // 48 KB: inside maxBytes
  d = parseCgData(xml + "</templateData>");
  REQUIRE_FALSE(d);
  CHECK(d.problem().rule == "size-limit");
  CHECK_FALSE(parseCgData("{\"a\":\"" + std::string(70000, 'x') + "\"}")); // past maxBytes
}

TEST_CASE("CG data: every text is bounded; the refusal names the field") {
  const std::string ok(256, 'x'), tooLong(257, 'x');
  const std::string end = R"("})";
  CHECK(parseCgData(R"({"title":")" + ok + end));
  auto d = parseCgData(R"({"title":")" + tooLong + end);
  REQUIRE_FALSE(d);
  CHECK(d.problem().rule == "text-length");
  CHECK(d.problem().path == "/title");
  d = parseCgData(R"({"rows":[{"name":")" + tooLong + R"("}]})");
  REQUIRE_FALSE(d);
  CHECK(d.problem().path == "/rows/0/name");
  d = parseCgData(R"({")" + tooLong + R"(":1})");
  REQUIRE_FALSE(d);
  CHECK(d.problem().rule == "text-length");
  d = parseCgData(R"({"contest":")" + tooLong + end);
  REQUIRE_FALSE(d);
  CHECK(d.problem().path == "/contest");
  // Code points, not bytes: 256 two-byte letters are fine.
  std::string welsh;
  for (int i = 0; i < 256; ++i) welsh += "\xc3\xb4";
  CHECK(parseCgData(R"({"title":")" + welsh + end));
  // XML values and ids are held to the same limit.
  d = parseCgData(R"(<templateData><componentData id="title"><data id="text" value=")" + tooLong +
                  R"("/></componentData></templateData>)");
  REQUIRE_FALSE(d);
  CHECK(d.problem().path == "/title");
  CHECK(d.problem().reason.find("257") != std::string::npos);
}

TEST_CASE("CG data: XML that is not UTF-8 is refused; entity-heavy text stays linear") {
  CHECK_FALSE(parseCgData("<templateData><componentData id=\"t\"><data value=\"\xff\"/>"));
  // Many '&' without a ';': each one looks at most 10 bytes ahead, not to the end.
  auto d = parseCgData("<templateData><componentData id=\"t\"><data value=\"" + std::string(200, '&') + "\"/>");
  REQUIRE(d);
  CHECK(d->options["t"] == std::string(200, '&'));
}

TEST_CASE("CG data: merging options keeps old keys") {
  auto merged = mergeOptions({{"a", 1}, {"b", 2}}, {{"b", 3}, {"c", 4}});
  CHECK(merged == nlohmann::json{{"a", 1}, {"b", 3}, {"c", 4}});
}

TEST_CASE("layer mapping: video layer x 100 + CG layer, both ways") {
  CHECK(playoutLayer(10, 1) == 1001);
  CHECK(playoutLayer(0, 10) == 10);
  CHECK(casparAddress(1001).videoLayer == 10);
  CHECK(casparAddress(1001).cgLayer == 1);
  CHECK(casparAddress(10).videoLayer == 0);
  CHECK(validCasparAddress(9999, 99));
  CHECK_FALSE(validCasparAddress(10000, 0));
  CHECK_FALSE(validCasparAddress(10, 100));
  CHECK_FALSE(validCasparAddress(-1, 0));
  CHECK(inVideoLayer(1099, 10));
  CHECK_FALSE(inVideoLayer(1100, 10));
}
