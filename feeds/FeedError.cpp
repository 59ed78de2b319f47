#include "feeds/FeedError.h"

#include <algorithm>

namespace landslide {

std::string FeedError::toString() const {
  std::string out = file;
  out += ": ";
  out += path.empty() ? std::string_view("(document)") : std::string_view(path);
  out += ": ";
  if (severity == Severity::Warning) out += "warning: ";
  out += reason;
  return out;
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

bool hasErrors(const FeedErrors& errors) {
  return std::any_of(errors.begin(), errors.end(), [](const FeedError& e) { return e.isError(); });
}

} // namespace landslide
