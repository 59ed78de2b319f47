#include "PixelConvert.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstring>
#include <mutex>
#include <utility>

namespace landslide {

namespace {

// [a][c] → 255·c/a clamped to 255; row 0 (a = 0) is all 0. 64 KiB, built once. In
// single-precision floats as the GPU shader computed it (texels as c · (1/255), a true
// division, the float → 8-bit conversion rounding to nearest even), so that near-halves
// such as 255·175/250 come out as the GPU gave them: checked against llvmpipe for every
// (c, a) by tests/render/PipelineTests.cpp.
struct UnpremultiplyTable {
  std::array<std::array<uint8_t, 256>, 256> v{};
  UnpremultiplyTable() {
    for (int a = 1; a < 256; ++a)
      for (int c = 0; c < 256; ++c) {
        const volatile float cf = float(c) * (1.0f / 255.0f), af = float(a) * (1.0f / 255.0f);
        const volatile float straight = std::min(cf / af, 1.0f) * 255.0f;
        v[size_t(a)][size_t(c)] = uint8_t(std::nearbyint(straight));
      }
  }
};
const UnpremultiplyTable& table() {
  static const UnpremultiplyTable t;
  return t;
}

constexpr uint32_t kAlpha = 0xFF000000u; // RGBA bytes read as a little-endian word

uint32_t load(const uint8_t* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}
void store(uint8_t* p, uint32_t v) { std::memcpy(p, &v, 4); }

void straight(const uint8_t* in, size_t n, uint8_t* out) {
  const auto& lut = table().v;
  size_t i = 0;
  while (i < n) {
    const uint32_t a = in[i * 4 + 3];
    size_t j = i + 1;
    if (a == 255 || a == 0) { // opaque or clear runs: a copy or zeros
      while (j < n && in[j * 4 + 3] == a) ++j;
      if (a == 255)
        std::memcpy(out + i * 4, in + i * 4, (j - i) * 4);
      else
        std::memset(out + i * 4, 0, (j - i) * 4);
    } else {
      const auto& row = lut[a];
      out[i * 4 + 0] = row[in[i * 4 + 0]];
      out[i * 4 + 1] = row[in[i * 4 + 1]];
      out[i * 4 + 2] = row[in[i * 4 + 2]];
      out[i * 4 + 3] = uint8_t(a);
    }
    i = j;
  }
}

void overBlack(const uint8_t* in, size_t n, uint8_t* out) {
  for (size_t i = 0; i < n; ++i) store(out + i * 4, load(in + i * 4) | kAlpha);
}

void keyOnly(const uint8_t* in, size_t n, uint8_t* out) {
  for (size_t i = 0; i < n; ++i) store(out + i * 4, uint32_t(in[i * 4 + 3]) * 0x010101u | kAlpha);
}

} // namespace

int formatWidth(PixelFormat format, int programWidth) {
  return format == PixelFormat::FillAndKey ? programWidth * 2 : programWidth;
}

uint8_t unpremultiply(uint8_t c, uint8_t a) { return table().v[a][c]; }

void convertSpan(const uint8_t* in, size_t n, PixelFormat format, uint8_t* out, uint8_t* keyOut) {
  switch (format) {
  case PixelFormat::Straight: straight(in, n, out); break;
  case PixelFormat::OverBlack: overBlack(in, n, out); break;
  case PixelFormat::KeyOnly: keyOnly(in, n, out); break;
  case PixelFormat::FillAndKey:
    overBlack(in, n, out);
    keyOnly(in, n, keyOut);
    break;
  case PixelFormat::Premultiplied: std::memcpy(out, in, n * 4); break;
  }
}

void convertRows(const uint8_t* in, int width, int firstRow, int endRow, PixelFormat format, uint8_t* out) {
  const size_t w = size_t(width), outStride = size_t(formatWidth(format, width)) * 4;
  for (int y = firstRow; y < endRow; ++y) {
    uint8_t* row = out + size_t(y) * outStride;
    convertSpan(in + size_t(y) * w * 4, w, format, row, format == PixelFormat::FillAndKey ? row + w * 4 : nullptr);
  }
}

VideoFrame convertFrame(const VideoFrame& frame, PixelFormat format) {
  if (frame.format == format || !frame.pixels) return frame;
  VideoFrame out = frame;
  out.format = format;
  out.width = formatWidth(format, frame.width);
  auto pixels = std::make_shared<std::vector<uint8_t>>(size_t(out.width) * size_t(frame.height) * 4);
  convertRows(frame.pixels->data(), frame.width, 0, frame.height, format, pixels->data());
  out.pixels = std::move(pixels);
  return out;
}

namespace {
std::atomic<bool> recording{false};
std::mutex timesMutex;
std::map<int64_t, std::deque<double>> times;
} // namespace

void recordConvertTimes(bool on) { recording.store(on); }

bool recordingConvertTimes() { return recording.load(std::memory_order_relaxed); }

void noteConvertTime(int64_t frame, double ms) {
  std::lock_guard lock(timesMutex);
  times[frame].push_back(ms);
}

std::map<int64_t, std::deque<double>> takeConvertTimes() {
  std::lock_guard lock(timesMutex);
  return std::exchange(times, {});
}

} // namespace landslide
