#pragma once
// Converts the program's premultiplied RGBA (rows top-first) into what a sink takes, on
// the sink's thread: straight alpha, over black, key as grey, fill and key side by side.
// Exact: the same bytes the GPU post pass used to give (round(255·c/a), clamped).
#include "Sink.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>

namespace landslide {

// Width of a frame in `format` for a program `programWidth` wide (fill + key: twice).
int formatWidth(PixelFormat format, int programWidth);

// Converts `pixels` premultiplied pixels of one row span: `out` holds the span in
// `format` (for FillAndKey, `out` is the fill and `keyOut` the key).
void convertSpan(const uint8_t* premultiplied, size_t pixels, PixelFormat format, uint8_t* out,
                 uint8_t* keyOut = nullptr);

// Rows [firstRow, endRow) of a premultiplied frame into `out` (a whole frame in `format`).
void convertRows(const uint8_t* premultiplied, int width, int firstRow, int endRow, PixelFormat format, uint8_t* out);

// The frame in `format`: the same frame (no copy) when it already is.
VideoFrame convertFrame(const VideoFrame& frame, PixelFormat format);

// Benchmarks: while recording is on, the sink workers note each conversion's time (ms)
// under its frame number, in order, for takeConvertTimes() (StageTimes::convert).
void recordConvertTimes(bool on);
bool recordingConvertTimes();
void noteConvertTime(int64_t frame, double ms);
std::map<int64_t, std::deque<double>> takeConvertTimes();

// Straight colour of one premultiplied channel value c at alpha a (a > 0).
uint8_t unpremultiply(uint8_t c, uint8_t a);

} // namespace landslide
