#pragma once
// One output grammar for every command (--out SPEC, repeatable):
//   FILE.png                  one frame
//   DIR/                      PNG sequence DIR/frame-000000.png …
//   FILE.mov                  ProRes 4444 with alpha
//   FILE.mp4                  H.264 (no alpha: composited over black)
//   -                         raw RGBA frames on stdout
//   ffmpeg:ARGS               ffmpeg reads our frames; ARGS are its output arguments
//   window                    program window
//   window:fullscreen[:N]     full screen on monitor N (0 = primary)
//   window:transparent        ARGB window for OBS window capture
//   obs[:PORT]                raw BGRA in NUT over TCP on loopback, for OBS's Media Source
#include "feeds/base/Expected.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace landslide {

enum class OutputKind { PngFile, PngSequence, ProRes, H264, Stdout, Ffmpeg, Window, Obs };
enum class KeyMode { None, SideBySide, Only };

struct OutputSpec {
  OutputKind kind = OutputKind::PngFile;
  std::string text; // as given, for messages
  std::string path; // file or directory
  std::vector<std::string> ffmpegArgs;
  bool fullscreen = false;
  bool transparent = false;
  int monitor = 0;
  int port = 0;

  bool isWindow() const { return kind == OutputKind::Window; }
};

// A refusal reads "--out 'x.gif': unknown output (…)".
Expected<OutputSpec> parseOutputSpec(std::string_view text);
std::optional<KeyMode> parseKeyMode(std::string_view text);
// Splits ffmpeg arguments on spaces, honouring single and double quotes.
std::optional<std::vector<std::string>> splitArguments(std::string_view text);

} // namespace landslide
