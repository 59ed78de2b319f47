// Text checks that go through utf8text:: (feeds/base/Utf8.h): the mojibake repair and the
// message-safe printable(), at the edges where a hand-written decoder used to decide.

#include "feeds/JsonReader.h"
#include "feeds/TextChecks.h"

#include <doctest/doctest.h>

using namespace landslide;

TEST_CASE("double encoding: two-, three- and four-byte sequences are repaired") {
  CHECK(repairDoubleEncoding("\xC3\x83\xC2\x81ine") == "\xC3\x81ine");                           // Ã\u0081ine -> Áine
  CHECK(repairDoubleEncoding("O\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2Neill") == "O\xE2\x80\x99Neill"); // â€™ -> ’
  // ðŸ˜€ (F0 9F 98 80 read as Windows-1252) -> U+1F600
  CHECK(repairDoubleEncoding("\xC3\xB0\xC5\xB8\xCB\x9C\xE2\x82\xAC") == "\xF0\x9F\x98\x80");
}

TEST_CASE("double encoding: text that only looks foreign is left alone") {
  CHECK_FALSE(repairDoubleEncoding("Ynys M\xC3\xB4n")); // ô is a lead byte with nothing after it
  CHECK_FALSE(repairDoubleEncoding("plain ascii"));
  CHECK_FALSE(repairDoubleEncoding("\xC3\x81\xC2\xA1"));                 // C1 A1: an overlong form, not a sequence
  CHECK_FALSE(repairDoubleEncoding("\xC3\xB5\xC2\x80\xC2\x80\xC2\x80")); // F5 80 80 80: past U+10FFFF
  CHECK_FALSE(repairDoubleEncoding("\xC3\xA2\xE2\x82\xAC"));             // E2 80: cut short at the end
  CHECK_FALSE(repairDoubleEncoding("\xC3"));                             // invalid input: not judged
}

TEST_CASE("printable: cut at a whole code point, and bounded for broken input too") {
  CHECK(printable("\xC5\xB5\xC5\xB5\xC5\xB5", 2) == "\xC5\xB5\xC5\xB5\xE2\x80\xA6"); // ŵŵ…
  CHECK(printable("\xC5\xB5\xC5\xB5", 2) == "\xC5\xB5\xC5\xB5");                     // exactly the limit
  // Stray continuation bytes each count as a character: a megabyte of them used to come
  // through whole (counted as nothing), now the message stays short.
  const std::string broken = printable(std::string(1 << 20, '\x80'), 10);
  CHECK(broken.size() < 64);
  CHECK(broken.ends_with("\xE2\x80\xA6"));
}
