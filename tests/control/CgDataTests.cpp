// CG data: JSON as HTML-template clients send it, Flash-era <templateData> XML.
#include "control/CgData.h"
#include "control/LayerMap.h"

#include <doctest/doctest.h>

using namespace landslide;

TEST_CASE("CG data: JSON binds the contest, the rest are options") {
  std::string error;
  auto d = parseCgData(R"({"contest":"E14000813","title":"Mid Beds","topN":3})", error);
  REQUIRE(d);
  CHECK(d->contest == "E14000813");
  CHECK(d->options == nlohmann::json{{"title", "Mid Beds"}, {"topN", 3}});
  // Encoded twice, as some clients send it.
  d = parseCgData(R"("{\"contest\":\"E14000986\"}")", error);
  REQUIRE(d);
  CHECK(d->contest == "E14000986");
  CHECK_FALSE(parseCgData("{not json", error));
  CHECK_FALSE(parseCgData("[1,2]", error));
  CHECK_FALSE(parseCgData(R"({"contest":5})", error));
  CHECK(parseCgData("{}", error)->options.empty());
}

TEST_CASE("CG data: templateData XML") {
  std::string error;
  auto d = parseCgData(R"(<?xml version="1.0"?><templateData>
      <componentData id="contest"><data id="text" value="E14000813"/></componentData>
      <componentData id="title"><data id="other" value="x"/><data id="text" value="Mid &amp; Beds &#x2014; &#233;"/></componentData>
      <componentData id='f1'><data id='text' value='one'/></componentData>
    </templateData>)",
                       error);
  REQUIRE(d);
  CHECK(d->contest == "E14000813");
  CHECK(d->options["title"] == "Mid & Beds \xe2\x80\x94 \xc3\xa9");
  CHECK(d->options["f1"] == "one");
  CHECK_FALSE(parseCgData("<notTemplateData/>", error));
  CHECK_FALSE(parseCgData("<templateData", error)); // unterminated tag: no root, no crash
  CHECK(parseCgData("<templateData><componentData id=\"x\"><data value=\"&#99999999;&bogus;\"/>", error));
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
