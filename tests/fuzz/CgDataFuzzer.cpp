// libFuzzer entry point for CG ADD / UPDATE data: any bytes through parseCgData (the
// first byte picks <templateData> XML or JSON; the seeds are mostly XML). A crash, a
// sanitizer report, an escaped exception, or accepted data that breaks the limits or
// cannot be written back as JSON (the journal and /api/state do that) is a finding.
#include "control/CgData.h"
#include "feeds/base/Utf8.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace {

void check(bool ok) {
  if (!ok) __builtin_trap();
}

// Depth-first over an explicit stack: the fuzzer must not itself recurse without bound.
void checkTexts(const nlohmann::json& root, std::size_t maxText) {
  std::vector<const nlohmann::json*> stack{&root};
  while (!stack.empty()) {
    const nlohmann::json* j = stack.back();
    stack.pop_back();
    if (j->is_string()) check(landslide::utf8text::length(j->get_ref<const std::string&>()) <= maxText);
    if (j->is_object())
      for (const auto& [key, value] : j->items()) {
        check(landslide::utf8text::length(key) <= maxText);
        stack.push_back(&value);
      }
    if (j->is_array())
      for (const auto& value : *j) stack.push_back(&value);
  }
}

} // namespace

namespace landslide::fuzz {

// The whole check for one input; control_unit_tests replays the corpus through it.
int cgDataOne(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const landslide::CgDataLimits limits;
  const landslide::Expected<landslide::CgData> d = landslide::parseCgData(bytes, limits);
  if (!d) {
    check(!d.problem().reason.empty() && !d.problem().rule.empty());
    return 0;
  }
  check(d->options.is_object() && !d->options.contains("contest"));
  checkTexts(d->options, limits.maxTextCodePoints);
  if (d->contest) check(landslide::utf8text::length(*d->contest) <= limits.maxTextCodePoints);
  check(!d->options.dump().empty()); // throws on invalid UTF-8: an escaped exception
  (void)landslide::mergeOptions(d->options, d->options);
  return 0;
}

} // namespace landslide::fuzz

#ifndef LANDSLIDE_FUZZ_REPLAY
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return landslide::fuzz::cgDataOne(data, size);
}
#endif
