#include "feeds/base/Problem.h"

#include <algorithm>

namespace landslide {

Problem Problem::error(std::string file, std::string path, std::string reason, std::string rule) {
  return Problem{std::move(file), std::move(path), std::move(reason), Severity::Error, std::move(rule)};
}

Problem Problem::warning(std::string file, std::string path, std::string reason, std::string rule) {
  return Problem{std::move(file), std::move(path), std::move(reason), Severity::Warning, std::move(rule)};
}

std::string Problem::toString() const {
  std::string out;
  if (!file.empty()) {
    out += file;
    out += ": ";
    out += path.empty() ? std::string_view("(document)") : std::string_view(path);
    out += ": ";
  } else if (!path.empty()) {
    out += path;
    out += ": ";
  }
  if (severity == Severity::Warning) out += "warning: ";
  out += reason;
  return out;
}

bool hasErrors(const Problems& problems) {
  return std::any_of(problems.begin(), problems.end(), [](const Problem& p) { return p.isError(); });
}

std::string jsonPointerToken(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

} // namespace landslide
