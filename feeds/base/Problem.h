#pragma once
// Problem: the one error shape of the project. Something wrong with an input (a feed, a
// command, a journal, a theme, a file), named by where it came from, where in it, and why.
// Errors refuse the input; warnings let it through and are shown to the operator.

#include <string>
#include <string_view>
#include <vector>

namespace landslide {

struct Problem {
  enum class Severity { Error, Warning };

  std::string file; // file, source or client the input came from; "" when there is none
  std::string
      path; // RFC 6901 JSON Pointer ("/contests/3/votes"), or "line 4" / "row 7, column 3"; "" = the whole input
  std::string reason; // human sentence, no trailing full stop
  Severity severity = Severity::Error;
  std::string rule; // stable kebab-case id of the rule broken, e.g. "vote-sum"

  static Problem error(std::string file, std::string path, std::string reason, std::string rule = {});
  static Problem warning(std::string file, std::string path, std::string reason, std::string rule = {});

  // "FILE: PATH: reason"; an empty file is left out, the whole-input path prints as "(document)".
  std::string toString() const;
  bool isError() const { return severity == Severity::Error; }
};

using Problems = std::vector<Problem>;

bool hasErrors(const Problems& problems);

// Escapes one reference token for a JSON Pointer ("~" -> "~0", "/" -> "~1").
std::string jsonPointerToken(std::string_view key);

} // namespace landslide
