#pragma once
// FeedError: one problem found in a feed, named by file, JSON Pointer and reason.
// Errors reject a document; warnings let it through and are shown to the operator.

#include <string>
#include <string_view>
#include <vector>

namespace landslide {

struct FeedError {
  enum class Severity { Error, Warning };

  std::string file;   // file name or source name the bytes came from
  std::string path;   // RFC 6901 JSON Pointer, e.g. "/contests/3/candidates/2/votes"; "" = whole document
  std::string reason; // human sentence, no trailing full stop
  Severity severity = Severity::Error;
  std::string rule; // stable kebab-case id of the rule broken, e.g. "vote-sum" (see SCHEMA.md)

  // "FILE: PATH: reason"; the whole-document path prints as "(document)".
  std::string toString() const;
  bool isError() const { return severity == Severity::Error; }
};

using FeedErrors = std::vector<FeedError>;

// Escapes one reference token for a JSON Pointer ("~" -> "~0", "/" -> "~1").
std::string jsonPointerToken(std::string_view key);

bool hasErrors(const FeedErrors& errors);

} // namespace landslide
