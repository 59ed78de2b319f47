#include "Steps.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>

namespace landslide {

namespace {
std::string trim(std::string_view s) {
  size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
  return a == std::string_view::npos ? std::string() : std::string(s.substr(a, b - a + 1));
}
} // namespace

StepsParse parseSteps(std::string_view text, FrameRate rate) {
  StepsParse result;
  size_t index = 0;
  std::string all(text);
  std::stringstream parts(all);
  std::string part;
  while (std::getline(parts, part, ';')) {
    std::string step = trim(part);
    if (step.empty()) continue;
    ++index;
    auto fail = [&](const std::string& why) {
      result.error = "--steps: step " + std::to_string(index) + " ('" + step + "'): " + why;
      result.steps.clear();
      return result;
    };
    std::istringstream words(step);
    std::string time, command, argument, extra;
    words >> time >> command;
    std::getline(words, argument);
    argument = trim(argument);
    double seconds = 0;
    auto [end, ec] = std::from_chars(time.data(), time.data() + time.size(), seconds);
    if (ec != std::errc() || end != time.data() + time.size() || !std::isfinite(seconds) || seconds < 0 ||
        seconds > 86400)
      return fail("expected a time in seconds from TAKE, e.g. '2.5 next'");
    Step s;
    s.frame = rate.frameAt(seconds);
    s.text = step;
    if (command == "next")
      s.kind = Step::Kind::Next;
    else if (command == "out")
      s.kind = Step::Kind::Out;
    else if (command == "update") {
      s.kind = Step::Kind::Update;
      if (argument.empty()) return fail("update needs a feed file");
      s.argument = argument;
      argument.clear();
    } else {
      return fail("unknown command '" + command + "' (next, out, update FILE)");
    }
    if (!argument.empty()) return fail("unexpected '" + argument + "'");
    result.steps.push_back(s);
  }
  std::stable_sort(result.steps.begin(), result.steps.end(),
                   [](const Step& a, const Step& b) { return a.frame < b.frame; });
  return result;
}

} // namespace landslide
