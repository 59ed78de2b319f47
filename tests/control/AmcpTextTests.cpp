// Line framing and tokenizing. The tokenizer's rules are CasparCG Server 2.3's
// (CasparCG/server src/protocol/amcp/AMCPProtocolStrategy.cpp, tokenize()).
#include "control/AmcpText.h"

#include <doctest/doctest.h>

using namespace landslide;
using Tokens = std::vector<std::string>;

TEST_CASE("tokenizer: spaces separate, quotes group, an empty pair is an empty token") {
  CHECK(tokenizeAmcp("CG 1-10 ADD 1 \"vote-bars\" 1") == Tokens{"CG", "1-10", "ADD", "1", "vote-bars", "1"});
  CHECK(tokenizeAmcp("  INFO   1  ") == Tokens{"INFO", "1"});
  CHECK(tokenizeAmcp("A \"b c\" d") == Tokens{"A", "b c", "d"});
  CHECK(tokenizeAmcp("A \"\" B") == Tokens{"A", "", "B"});
  // An opening quote ends the token in progress; a closing one always ends one.
  CHECK(tokenizeAmcp("ab\"cd ef\"gh") == Tokens{"ab", "cd ef", "gh"});
  // Tabs are not separators; an unterminated quote keeps what it has.
  CHECK(tokenizeAmcp("A\tB") == Tokens{"A\tB"});
  CHECK(tokenizeAmcp("A \"unterminated text") == Tokens{"A", "unterminated text"});
  CHECK(tokenizeAmcp("").empty());
}

TEST_CASE("tokenizer: backslash escapes") {
  CHECK(tokenizeAmcp(R"(A "{\"contest\":\"E14000813\"}")") == Tokens{"A", R"({"contest":"E14000813"})"});
  CHECK(tokenizeAmcp(R"(A "a\\b")") == Tokens{"A", R"(a\b)"});
  CHECK(tokenizeAmcp(R"(A "line\nbreak")") == Tokens{"A", "line\nbreak"});
  // casparcg-connection escapes $ as \$ (serializers.ts, cgDataSerializer): kept as $.
  CHECK(tokenizeAmcp(R"(A "\$5")") == Tokens{"A", "$5"});
  // An escaped space does not separate.
  CHECK(tokenizeAmcp(R"(A b\ c)") == Tokens{"A", "b c"});
}

TEST_CASE("line splitter: CRLF only, split across reads") {
  LineSplitter s(64);
  auto a = s.feed("PING\r\nINFO");
  REQUIRE(a.size() == 1);
  CHECK(a[0].text == "PING");
  CHECK(s.feed("\r").empty());
  auto b = s.feed("\nVERSION\r\n");
  REQUIRE(b.size() == 2);
  CHECK(b[0].text == "INFO");
  CHECK(b[1].text == "VERSION");
  // A lone LF or CR is part of the line.
  auto c = s.feed("A\nB\rC\r\n");
  REQUIRE(c.size() == 1);
  CHECK(c[0].text == "A\nB\rC");
  CHECK(s.feed("\r\n")[0].text.empty());
}

TEST_CASE("line splitter: an overlong line is reported once and skipped, memory stays bounded") {
  LineSplitter s(16);
  CHECK(s.feed(std::string(10, 'x')).empty());
  CHECK(s.feed(std::string(1000, 'y')).empty());
  CHECK(s.buffered() <= 16);
  CHECK(s.feed(std::string(1 << 20, 'z') + "\r").empty());
  CHECK(s.buffered() <= 16);
  auto lines = s.feed("\nPING\r\n");
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].overlong);
  CHECK(lines[1].text == "PING");
  CHECK_FALSE(lines[1].overlong);
  // Exactly the limit is fine.
  auto exact = s.feed(std::string(16, 'a') + "\r\n");
  REQUIRE(exact.size() == 1);
  CHECK_FALSE(exact[0].overlong);
}

TEST_CASE("invalid UTF-8 is dropped, valid text kept") {
  CHECK(dropInvalidUtf8("Ynys Môn") == "Ynys Môn");
  CHECK(dropInvalidUtf8("a\xff\xfe"
                        "b") == "ab");
  CHECK(dropInvalidUtf8("\xc3") == "");         // truncated
  CHECK(dropInvalidUtf8("\xc0\xaf") == "");     // overlong '/'
  CHECK(dropInvalidUtf8("\xed\xa0\x80") == ""); // surrogate
  CHECK(dropInvalidUtf8("\xf0\x9f\x97\xb3") == "\xf0\x9f\x97\xb3");
  CHECK(dropInvalidUtf8(std::string("a\0b", 3)) == std::string("a\0b", 3));
}
