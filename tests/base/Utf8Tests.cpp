#include "feeds/base/Utf8.h"

#include <doctest/doctest.h>

using namespace landslide;

TEST_CASE("UTF-8 length and decoding count invalid bytes once each") {
  CHECK(utf8text::length("Ynys Môn") == 8);
  CHECK(utf8text::length("a\xff"
                         "b") == 3);
  const auto cps = utf8text::decode("\xc3\xa9\xff!");
  REQUIRE(cps.size() == 3);
  CHECK(cps[0] == U'é');
  CHECK(cps[1] == 0xFFFD);
  CHECK(cps[2] == U'!');
  CHECK(utf8text::isValid("Llanfair"));
  CHECK_FALSE(utf8text::isValid("\xc0\xaf"));     // overlong "/"
  CHECK_FALSE(utf8text::isValid("\xed\xa0\x80")); // a surrogate
}

TEST_CASE("dropInvalid keeps every valid sequence") {
  CHECK(utf8text::dropInvalid("caf\xe9 Montr\xc3\xa9"
                              "al") == "caf Montr\xc3\xa9"
                                       "al");
  CHECK(utf8text::dropInvalid("\xf4\x90\x80\x80x") == "x"); // past U+10FFFF
}

TEST_CASE("truncate never cuts a sequence") {
  CHECK(utf8text::truncate("Môn", 2) == "Mô");
  CHECK(utf8text::truncate("Môn", 10) == "Môn");
  CHECK(utf8text::truncate("\xe2\x80\xa6"
                           "x",
                           1) == "\xe2\x80\xa6");
  CHECK(utf8text::truncate("a\xff"
                           "b",
                           2) == "a\xff");
}

TEST_CASE("append writes one code point, replacing what is not one") {
  std::string s;
  utf8text::append(s, U'ŵ');
  utf8text::append(s, char32_t(0xD800));
  CHECK(s == "\xc5\xb5\xef\xbf\xbd");
}
