// The bounded JSON reader: every limit, the UTF-8 check, BOMs, duplicate keys and the
// position of syntax errors.

#include "feeds/JsonReader.h"
#include "feeds/ParseFeed.h"

#include <doctest/doctest.h>

#include <chrono>

using namespace landslide;

namespace {
const FeedError* firstError(const JsonReadResult& r) {
  for (const auto& p : r.problems)
    if (p.isError()) return &p;
  return nullptr;
}
} // namespace

TEST_CASE("JSON reader: syntax errors say where") {
  const auto r = readJson("{\n  \"a\": [1, 2,\n  ]\n}", "f.json");
  REQUIRE(firstError(r));
  CHECK(firstError(r)->rule == "json-syntax");
  CHECK(firstError(r)->path.rfind("/a/", 0) == 0); // inside the array
  CHECK(firstError(r)->reason.find("invalid JSON at line 3, column 3") == 0);
  CHECK(readJson("", "e.json").problems.at(0).reason == "empty document");
  CHECK_FALSE(readJson("{} {}", "two.json").ok()); // trailing content
  CHECK_FALSE(readJson("NaN", "nan.json").ok());
}

TEST_CASE("JSON reader: UTF-8 is checked before parsing, with the byte offset") {
  const auto r = readJson("{\"name\": \"Mid Bedf\xF6rdshire\"}", "u.json");
  REQUIRE(firstError(r));
  CHECK(firstError(r)->rule == "utf8");
  CHECK(firstError(r)->reason.find("invalid UTF-8 at byte 18 (line 1, column 19)") == 0);
  CHECK_FALSE(readJson("\"\xED\xA0\x80\"", "surrogate.json").ok()); // UTF-8-encoded surrogate
  CHECK_FALSE(readJson("\"\xC0\xAF\"", "overlong.json").ok());
  CHECK(readJson("\"Glyndŵr, Môn, Sinn Féin, 😀\"", "ok.json").ok());
}

TEST_CASE("JSON reader: a BOM is skipped with a warning") {
  const auto r = readJson("\xEF\xBB\xBF{\"a\": 1}", "bom.json");
  CHECK(r.ok());
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].severity == FeedError::Severity::Warning);
  CHECK(r.problems[0].rule == "bom");
  CHECK(r.value["a"] == 1);
}

TEST_CASE("JSON reader: duplicate keys are errors, with the member's path") {
  const auto r = readJson("{\"c\": [{\"votes\": 1, \"votes\": 2}]}", "d.json");
  REQUIRE(firstError(r));
  CHECK(firstError(r)->rule == "duplicate-key");
  CHECK(firstError(r)->path == "/c/0/votes");
}

TEST_CASE("JSON reader: 10,000-deep nesting is refused at the depth limit") {
  const std::string deep = std::string(10000, '[') + std::string(10000, ']');
  const auto r = readJson(deep, "deep.json");
  REQUIRE(firstError(r));
  CHECK(firstError(r)->rule == "depth-limit");
  CHECK(firstError(r)->reason == "nesting deeper than 32 levels");
  // Exactly at the limit is fine.
  CHECK(readJson(std::string(32, '[') + std::string(32, ']'), "ok.json").ok());
  CHECK_FALSE(readJson(std::string(33, '[') + std::string(33, ']'), "no.json").ok());
  // Unclosed deep input too.
  CHECK_FALSE(readJson(std::string(100000, '{'), "open.json").ok());
}

TEST_CASE("JSON reader: 100 MB of input is refused before parsing, quickly") {
  std::string big(100u << 20, ' ');
  big[0] = '[';
  big.back() = ']';
  const auto start = std::chrono::steady_clock::now();
  const auto r = parseFeed(big, "big.json");
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].rule == "size-limit");
  CHECK(r.errors[0].toString() ==
        "big.json: (document): document is 104857600 bytes; a feed may be at most 16777216 bytes");
  CHECK(ms < 100);
}

TEST_CASE("JSON reader: the value-count limit bounds memory for small-token floods") {
  JsonLimits limits;
  limits.maxValues = 1000;
  std::string many = "[";
  for (int i = 0; i < 2000; ++i) many += i ? ",0" : "0";
  many += "]";
  const auto r = readJson(many, "many.json", limits);
  REQUIRE(firstError(r));
  CHECK(firstError(r)->rule == "size-limit");
}

TEST_CASE("printable: control characters escaped, long text cut") {
  CHECK(printable("a\nb") == "a\\u000Ab");
  CHECK(printable("\xC3\x83\xC2\x81ine") == "Ã\\u0081ine");
  CHECK(printable(std::string(100, 'x'), 10) == std::string(10, 'x') + "…");
}
