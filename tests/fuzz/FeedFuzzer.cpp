// libFuzzer entry point: any bytes through the whole feed path — bounded JSON reading,
// validation, derivation and the derived JSON output. Any crash, sanitizer report,
// leak or escaped exception is a finding.
#include "feeds/DeriveJson.h"
#include "feeds/ParseFeed.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto result = landslide::parseFeed(bytes, "fuzz.json");
  if (result.ok()) {
    // Every derived figure must be computable from any accepted document.
    const std::string out = landslide::deriveJson(*result.snapshot);
    for (const auto& c : result.snapshot->election().contests) (void)landslide::deriveJson(*result.snapshot, c.id);
    if (out.empty()) __builtin_trap();
  } else if (result.errors.empty()) {
    __builtin_trap(); // a rejected document must say why
  }
  return 0;
}
