#include "FrameRate.h"

#include <charconv>

namespace landslide {

namespace {
std::optional<int64_t> parseInt(std::string_view s) {
  int64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v <= 0) return std::nullopt;
  return v;
}
} // namespace

std::optional<FrameRate> FrameRate::parse(std::string_view text) {
  if (text == "23.976" || text == "23.98") return FrameRate{24000, 1001};
  if (text == "29.97") return FrameRate{30000, 1001};
  if (text == "59.94") return FrameRate{60000, 1001};
  // 1080i25 and 1080i29.97, named by their field rates as broadcasters do.
  if (text == "50i") return FrameRate{50, 1, true};
  if (text == "59.94i") return FrameRate{60000, 1001, true};
  FrameRate rate;
  if (auto slash = text.find('/'); slash != std::string_view::npos) {
    auto n = parseInt(text.substr(0, slash)), d = parseInt(text.substr(slash + 1));
    if (!n || !d) return std::nullopt;
    rate = {*n, *d};
  } else {
    auto n = parseInt(text);
    if (!n) return std::nullopt;
    rate = {*n, 1};
  }
  if (rate.fps() < 1 || rate.fps() > 240) return std::nullopt;
  return rate;
}

std::string FrameRate::toString() const {
  if (interlaced) return *this == FrameRate{60000, 1001, true} ? "59.94i" : std::to_string(num / den) + "i";
  return den == 1 ? std::to_string(num) : std::to_string(num) + "/" + std::to_string(den);
}

} // namespace landslide
