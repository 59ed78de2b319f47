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
// Any output with alpha may end in an alpha mode:
//   …:straight                colour as drawn, alpha beside it (the default)
//   …:premultiplied           colour × alpha, what keyers and many mixers expect
// (.mp4 and windows have none to choose; --key sbs|only outputs are fill over black and
// key, one post pass of one picture, so fill and key are never a frame apart.)
//
// What each output gets at an interlaced rate (--fps 50i, 59.94i: the channel draws one
// picture per field time): every file and stream output gets frames at half the picture
// rate, two pictures woven top field first (Weave.h, with the anti-twitter low-pass).
// .mov (ProRes 4444) and .mp4 (H.264) are encoded interlaced and flagged top field first
// (ffprobe: field_order tt), ffmpeg:ARGS gets the same flags before its own arguments;
// PNG files, DIR/ sequences (frame-K.png = frame K, pictures 2K and 2K+1), raw RGBA on
// stdout and obs: get the woven frames. Windows show every picture, progressive.
//
// Timecode: .mov, .mp4 and ffmpeg:ARGS carry SMPTE timecode (ffmpeg -timecode: a tmcd
// track in .mov/.mp4) starting at the first frame's — the local time of day when the
// channel was planned, or --timecode HH:MM:SS:FF (HH:MM:SS;FF drop-frame at 29.97, 59.94
// and 59.94i, the default there). Timecode counts frames, not fields.
#include "feeds/base/Expected.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace landslide {

enum class OutputKind { PngFile, PngSequence, ProRes, H264, Stdout, Ffmpeg, Window, Obs };
enum class KeyMode { None, SideBySide, Only };
enum class AlphaMode { Straight, Premultiplied };

struct OutputSpec {
  OutputKind kind = OutputKind::PngFile;
  std::string text; // as given, for messages
  std::string path; // file or directory
  std::vector<std::string> ffmpegArgs;
  bool fullscreen = false;
  bool transparent = false;
  int monitor = 0;
  int port = 0;
  std::optional<AlphaMode> alpha; // the :straight / :premultiplied suffix, when given

  bool isWindow() const { return kind == OutputKind::Window; }
};

// A refusal reads "--out 'x.gif': unknown output (…)".
Expected<OutputSpec> parseOutputSpec(std::string_view text);
std::optional<KeyMode> parseKeyMode(std::string_view text);
// Splits ffmpeg arguments on spaces, honouring single and double quotes.
std::optional<std::vector<std::string>> splitArguments(std::string_view text);

} // namespace landslide
