// libFuzzer entry point for the AMCP text path: any bytes through CRLF framing (fed in
// two chunks, so a CRLF split across reads is covered), UTF-8 cleaning, the tokenizer and
// the request interpreter with Landslide's command table. A crash, a sanitizer report or a
// broken invariant (a line past the limit, an address out of range, a parameter count
// below the minimum without an error, stoiLike disagreeing with std::stoi) is a finding.
#include "control/AmcpRequest.h"
#include "control/AmcpText.h"
#include "control/LayerMap.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::size_t kMaxLine = 4096;

void check(bool ok) {
  if (!ok) __builtin_trap();
}

void checkStoi(const std::string& token) {
  int ours = 0;
  const landslide::StoiResult r = landslide::stoiLike(token, ours);
  try {
    const int theirs = std::stoi(token);
    check(r == landslide::StoiResult::Ok && ours == theirs);
  } catch (const std::invalid_argument&) {
    check(r == landslide::StoiResult::Invalid);
  } catch (const std::out_of_range&) {
    check(r == landslide::StoiResult::Range);
  }
}

void line(std::string_view raw) {
  const std::string text = landslide::dropInvalidUtf8(raw);
  std::vector<std::string> tokens = landslide::tokenizeAmcp(text);
  for (const std::string& t : tokens) checkStoi(t);
  const landslide::AmcpRequest r = landslide::interpretAmcp(tokens, landslide::amcpCommands(), 1);
  if (r.error != landslide::AmcpParseError::None) return;
  check(!r.command.empty());
  check(r.channel == -1 || r.channel == 0);
  check(r.layer >= -1 && r.layer <= landslide::kMaxVideoLayer);
  check(r.channel != -1 || r.layer == -1);
  for (const landslide::AmcpCommandSpec& c : landslide::amcpCommands())
    if (c.name == r.command && c.channel == (r.channel != -1)) check(static_cast<int>(r.params.size()) >= c.minParams);
}

} // namespace

namespace landslide::fuzz {

// The whole check for one input; control_unit_tests replays the corpus through it.
int amcpOne(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  landslide::LineSplitter splitter(kMaxLine);
  const std::size_t cut = size ? data[0] % (size + 1) : 0;
  for (std::string_view chunk : {bytes.substr(0, cut), bytes.substr(cut)}) {
    for (const auto& l : splitter.feed(chunk)) {
      check(l.text.size() <= kMaxLine);
      check(l.text.find("\r\n") == std::string::npos);
      check(!l.overlong || l.text.empty());
      if (!l.overlong) line(l.text);
    }
    check(splitter.buffered() <= kMaxLine + 1);
  }
  // The whole input as one line too, as a test client would send it.
  line(bytes.substr(0, kMaxLine));
  return 0;
}

} // namespace landslide::fuzz

#ifndef LANDSLIDE_FUZZ_REPLAY
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) { return landslide::fuzz::amcpOne(data, size); }
#endif
