#include "feeds/JsonReader.h"
#include "feeds/JsonArena.h"

#include "feeds/base/Utf8.h"

#include <utf8.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace landslide {

namespace {

// Builds the DOM from SAX events while enforcing depth and size limits and catching
// duplicate object keys, which nlohmann's own DOM parser would silently merge.
template <class json>
class BoundedDomBuilder {
public:
  BoundedDomBuilder(std::string_view bytes, std::string_view file, const JsonLimits& limits, FeedErrors& problems)
      : bytes_(bytes), file_(file), limits_(limits), problems_(problems) {}

  json& root() { return root_; }
  std::size_t unlistedDuplicates() const {
    return duplicates_ > kMaxListedDuplicates ? duplicates_ - kMaxListedDuplicates : 0;
  }

  bool null() { return put(json(nullptr)); }
  bool boolean(bool v) { return put(json(v)); }
  bool number_integer(typename json::number_integer_t v) { return put(json(v)); }
  bool number_unsigned(typename json::number_unsigned_t v) { return put(json(v)); }
  bool number_float(typename json::number_float_t v, const typename json::string_t&) { return put(json(v)); }
  bool string(typename json::string_t& v) { return put(json(std::move(v))); }
  bool binary(typename json::binary_t&) { return put(json(nullptr)); }
  bool start_object(std::size_t) { return open(json::object()); }
  bool start_array(std::size_t) { return open(json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(typename json::string_t& k) {
    Frame& f = frames_.back();
    f.key = std::move(k);
    f.active = true;
    // The object itself is the set of keys seen so far: no second index to build.
    if (f.value->contains(f.key)) {
      if (++duplicates_ <= kMaxListedDuplicates)
        fail(currentPath(), "duplicate key \"" + printable(f.key) + "\": a key may appear once per object",
             "duplicate-key");
    }
    return true;
  }

  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
    std::string what = ex.what();
    // nlohmann prefixes "[json.exception.parse_error.101] parse error at line 1,
    // column 5: "; keep only the description and state the position ourselves.
    if (auto colon = what.find(": "); colon != std::string::npos) what = what.substr(colon + 2);
    const auto pos = textPosition(bytes_, position == 0 ? 0 : position - 1);
    fail(currentPath(),
         "invalid JSON at line " + std::to_string(pos.line) + ", column " + std::to_string(pos.column) + ": " +
             printable(what, 160),
         "json-syntax");
    return false;
  }

private:
  struct Frame {
    json* value = nullptr;
    std::string key;       // objects: key of the member being read
    std::size_t count = 0; // arrays: elements started so far
    bool active = false;   // a member/element has started, so the path can name it
  };

  // Built only when a message needs it.
  std::string currentPath() const {
    std::string path;
    for (const auto& f : frames_)
      if (f.active) {
        path += '/';
        path += f.value->is_array() ? std::to_string(f.count - 1) : jsonPointerToken(f.key);
      }
    return path;
  }

  // Places a value in the open container and returns where it now lives.
  json* place(json&& v) {
    if (frames_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    Frame& f = frames_.back();
    if (f.value->is_array()) {
      ++f.count;
      f.active = true;
      f.value->push_back(std::move(v));
      return &f.value->back();
    }
    json& slot = (*f.value)[f.key];
    slot = std::move(v);
    return &slot;
  }

  bool counted() {
    if (++values_ <= limits_.maxValues) return true;
    fail(currentPath(),
         "more than " + std::to_string(limits_.maxValues) + " JSON values: the document is too large to be a feed",
         "size-limit");
    return false;
  }

  bool put(json&& v) {
    if (!counted()) return false;
    place(std::move(v));
    return true;
  }

  bool open(json&& container) {
    if (!counted()) return false;
    if (frames_.size() >= limits_.maxDepth) {
      fail(currentPath(), "nesting deeper than " + std::to_string(limits_.maxDepth) + " levels", "depth-limit");
      return false;
    }
    json* where = place(std::move(container));
    frames_.push_back(Frame{where, {}, 0, false});
    return true;
  }

  bool close() {
    frames_.pop_back();
    return true;
  }

  void fail(std::string path, std::string reason, const char* rule) {
    problems_.push_back(
        FeedError{std::string(file_), std::move(path), std::move(reason), FeedError::Severity::Error, rule});
  }

  std::string_view bytes_;
  std::string_view file_;
  const JsonLimits& limits_;
  FeedErrors& problems_;
  json root_;
  std::vector<Frame> frames_;
  std::size_t values_ = 0;
  std::size_t duplicates_ = 0;
  static constexpr std::size_t kMaxListedDuplicates = 1000;
};

// Where utf8::find_invalid would stop, with runs of ASCII (most of a feed) skipped eight
// bytes at a time; each run of non-ASCII bytes still goes through utfcpp. A sequence cut
// short by an ASCII byte is reported at its lead byte either way.
std::size_t asciiRunEnd(std::string_view text, std::size_t i) {
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    if (word & 0x8080808080808080ull) break;
  }
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i;
}

std::size_t firstInvalidUtf8(std::string_view text) {
  for (std::size_t i = asciiRunEnd(text, 0); i < text.size();) {
    std::size_t end = i;
    while (end < text.size() && static_cast<unsigned char>(text[end]) >= 0x80) ++end;
    const std::string_view run = text.substr(i, end - i);
    if (auto bad = utf8::find_invalid(run.begin(), run.end()); bad != run.end())
      return i + std::size_t(bad - run.begin());
    i = asciiRunEnd(text, end);
  }
  return text.size();
}

} // namespace

TextPosition textPosition(std::string_view bytes, std::size_t offset) {
  TextPosition pos;
  const std::size_t end = std::min(offset, bytes.size());
  for (std::size_t i = 0; i < end; ++i) {
    if (bytes[i] == '\n') {
      ++pos.line;
      pos.column = 1;
    } else {
      ++pos.column;
    }
  }
  return pos;
}

std::string printable(std::string_view text, std::size_t maxChars) {
  // Each invalid byte counts as a character, so broken input is bounded too.
  const std::string_view head = utf8text::truncate(text, maxChars);
  std::string out;
  for (std::size_t i = 0; i < head.size(); ++i) {
    const auto c = static_cast<unsigned char>(head[i]);
    if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04X", c);
      out += buf;
    } else if (c == 0xC2 && i + 1 < head.size() && static_cast<unsigned char>(head[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(head[i + 1]) <= 0x9F) {
      // C1 controls (U+0080-U+009F) are invisible and upset terminals: show them too.
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned char>(head[i + 1]));
      out += buf;
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  if (head.size() < text.size()) out += "…";
  // Input cut mid-character or otherwise broken must not break the message itself.
  if (!utf8::is_valid(out.begin(), out.end())) {
    std::string fixed;
    utf8::replace_invalid(out.begin(), out.end(), std::back_inserter(fixed));
    return fixed;
  }
  return out;
}

template <class Result>
Result readAnyJson(std::string_view bytes, std::string_view file, const JsonLimits& limits) {
  using Json = decltype(Result::value);
  Result result;
  auto error = [&](std::string reason, const char* rule) {
    result.problems.push_back(FeedError{std::string(file), "", std::move(reason), FeedError::Severity::Error, rule});
  };

  if (bytes.size() > limits.maxBytes) {
    error("document is " + std::to_string(bytes.size()) + " bytes; a feed may be at most " +
              std::to_string(limits.maxBytes) + " bytes",
          "size-limit");
    return result;
  }
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    result.problems.push_back(FeedError{std::string(file), "",
                                        "UTF-8 byte-order mark at the start ignored (RFC 8259 forbids it; "
                                        "strip it at the source)",
                                        FeedError::Severity::Warning, "bom"});
    bytes.remove_prefix(3);
  }
  if (const std::size_t offset = firstInvalidUtf8(bytes); offset != bytes.size()) {
    const auto* bad = bytes.data() + offset;
    const auto pos = textPosition(bytes, offset);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(*bad));
    error("invalid UTF-8 at byte " + std::to_string(offset) + " (line " + std::to_string(pos.line) + ", column " +
              std::to_string(pos.column) + "): byte " + hex + " does not start a valid sequence; feeds must be UTF-8",
          "utf8");
    return result;
  }
  if (bytes.empty()) {
    error("empty document", "json-syntax");
    return result;
  }

  BoundedDomBuilder<Json> builder(bytes, file, limits, result.problems);
  const bool parsed = Json::sax_parse(bytes.begin(), bytes.end(), &builder);
  if (auto more = builder.unlistedDuplicates())
    error("... and " + std::to_string(more) + " more duplicate keys not listed", "duplicate-key");
  if (parsed && result.ok()) result.value = std::move(builder.root());
  return result;
}

JsonReadResult readJson(std::string_view bytes, std::string_view file, const JsonLimits& limits) {
  return readAnyJson<JsonReadResult>(bytes, file, limits);
}

FeedJsonReadResult readFeedJson(std::string_view bytes, std::string_view file, const JsonLimits& limits) {
  return readAnyJson<FeedJsonReadResult>(bytes, file, limits);
}

} // namespace landslide
