#include "OutputSpec.h"

#include <charconv>

namespace landslide {

namespace {

bool endsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i]) return false;
  return true;
}

std::optional<int> parseNumber(std::string_view s, int lo, int hi) {
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v < lo || v > hi) return std::nullopt;
  return v;
}

Problem fail(std::string_view text, const std::string& why) {
  return Problem::error("", "", "--out '" + std::string(text) + "': " + why, "bad-output");
}

} // namespace

std::optional<std::vector<std::string>> splitArguments(std::string_view text) {
  std::vector<std::string> args;
  std::string current;
  bool inArg = false;
  char quote = 0;
  for (char c : text) {
    if (quote) {
      if (c == quote)
        quote = 0;
      else
        current += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      inArg = true;
    } else if (c == ' ' || c == '\t') {
      if (inArg) args.push_back(current);
      current.clear();
      inArg = false;
    } else {
      current += c;
      inArg = true;
    }
  }
  if (quote) return std::nullopt;
  if (inArg) args.push_back(current);
  return args;
}

namespace {

Expected<OutputSpec> parseTarget(std::string_view text, std::string_view whole);

} // namespace

Expected<OutputSpec> parseOutputSpec(std::string_view text) {
  std::optional<AlphaMode> alpha;
  std::string_view target = text;
  for (auto [suffix, mode] : {std::pair{std::string_view(":straight"), AlphaMode::Straight},
                              std::pair{std::string_view(":premultiplied"), AlphaMode::Premultiplied}})
    if (target.size() > suffix.size() && target.ends_with(suffix)) {
      alpha = mode;
      target.remove_suffix(suffix.size());
      break;
    }
  auto spec = parseTarget(target, text);
  if (!spec) return spec.problem();
  spec->text = std::string(text);
  spec->alpha = alpha;
  if (alpha && spec->kind == OutputKind::H264)
    return fail(text, "H.264 has no alpha (an .mp4 is the graphic over black); drop the :straight/:premultiplied "
                      "suffix, or use a .mov for alpha");
  if (alpha && spec->kind == OutputKind::Window)
    return fail(text, "a window shows the program as it is; :straight/:premultiplied are for files and streams");
  return spec;
}

namespace {

Expected<OutputSpec> parseTarget(std::string_view text, std::string_view whole) {
  OutputSpec spec;
  spec.text = std::string(text);
  if (text.empty()) return fail(whole, "empty output");
  if (text == "-") {
    spec.kind = OutputKind::Stdout;
    return spec;
  }
  if (text.starts_with("ffmpeg:")) {
    auto args = splitArguments(text.substr(7));
    if (!args) return fail(whole, "unbalanced quote in the ffmpeg arguments");
    if (args->empty()) return fail(whole, "ffmpeg: needs output arguments, e.g. ffmpeg:-f mpegts srt://host:9000");
    spec.kind = OutputKind::Ffmpeg;
    spec.ffmpegArgs = *args;
    return spec;
  }
  if (text == "window" || text.starts_with("window:")) {
    spec.kind = OutputKind::Window;
    std::string_view rest = text.size() > 6 ? text.substr(7) : std::string_view();
    if (rest.empty() && text.size() > 6)
      return fail(whole, "expected window, window:fullscreen[:MONITOR] or window:transparent");
    if (rest == "transparent") {
      spec.transparent = true;
    } else if (rest == "fullscreen" || rest.starts_with("fullscreen:")) {
      spec.fullscreen = true;
      if (rest.size() > 10) {
        auto monitor = parseNumber(rest.substr(11), 0, 15);
        if (!monitor) return fail(whole, "the monitor must be a number from 0 to 15");
        spec.monitor = *monitor;
      }
    } else if (!rest.empty()) {
      return fail(whole, "expected window, window:fullscreen[:MONITOR] or window:transparent");
    }
    return spec;
  }
  if (text == "obs" || text.starts_with("obs:")) {
    spec.kind = OutputKind::Obs;
    spec.port = 9977;
    if (text.size() > 3) {
      auto port = parseNumber(text.substr(4), 1, 65535);
      if (!port) return fail(whole, "the port must be a number from 1 to 65535");
      spec.port = *port;
    }
    return spec;
  }
  spec.path = std::string(text);
  if (text.back() == '/') {
    spec.kind = OutputKind::PngSequence;
  } else if (endsWith(text, ".png")) {
    spec.kind = OutputKind::PngFile;
  } else if (endsWith(text, ".mov")) {
    spec.kind = OutputKind::ProRes;
  } else if (endsWith(text, ".mp4")) {
    spec.kind = OutputKind::H264;
  } else {
    return fail(whole, "unknown output; use FILE.png, DIR/, FILE.mov, FILE.mp4, -, ffmpeg:ARGS, "
                       "window[:fullscreen[:N]|:transparent] or obs[:PORT]");
  }
  return spec;
}

} // namespace

std::optional<KeyMode> parseKeyMode(std::string_view text) {
  if (text == "sbs") return KeyMode::SideBySide;
  if (text == "only") return KeyMode::Only;
  if (text == "none") return KeyMode::None;
  return std::nullopt;
}

} // namespace landslide
