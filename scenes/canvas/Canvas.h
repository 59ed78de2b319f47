#pragma once
// Canvas: the drawing surface scenes see. It wraps a Dear ImGui ImDrawList and works in
// design units — a frame 1920 units wide for 16:9 (1080 for 9:16 and 1:1, Shape.h),
// whatever the output resolution — so a layout is written once per shape and is exact at
// 720p, 1080p and 2160p. Text uses fonts pre-baked at the
// output's pixel size (FontBank), drawn glyph by glyph so figures use tabular digits.
#include "Colour.h"
#include "DrawListMark.h"
#include "FontBank.h"
#include "Geometry.h"
#include "Shape.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

struct ImDrawList;
struct ImFont;

namespace landslide {

enum class Align { Left, Centre, Right };

// A line of text chosen to fit: which ladder step and what (possibly ellipsised) text.
struct TextRun {
  FontRole role = FontRole::Body;
  int step = 0;
  std::string text;
  float width = 0; // design units
};

// Every glyph quad the canvas emits, in output pixels; tests check them against safe areas.
struct GlyphBox {
  unsigned codepoint;
  float x0, y0, x1, y1;
};

class Canvas {
public:
  static constexpr float kDesignWidth = 1920.0f; // of a 16:9 frame
  // Output pixels per design unit at this size: what FontBank bakes fonts for.
  static float pixelScaleFor(int widthPx, int heightPx) {
    return float(widthPx) / designWidth(nearestShape(widthPx, heightPx));
  }

  Canvas(ImDrawList& list, const FontBank& fonts, int widthPx, int heightPx);

  Shape shape() const { return shape_; }
  Rect frame() const {
    const float w = designWidth(shape_);
    return {0, 0, w, w * float(heightPx_) / float(widthPx_)};
  }
  float pixelsPerUnit() const { return scale_; }
  ImDrawList& drawList() { return list_; }

  // Shapes. Edges are anti-aliased with exact coverage, so a shape that moves by a
  // fraction of a pixel moves smoothly and a still one has crisp edges.
  void fillRect(const Rect& rect, Rgba colour, float rounding = 0);
  void gradientRect(const Rect& rect, Rgba from, Rgba to, bool horizontal, float rounding = 0);
  void fillConvex(std::span<const Vec2> points, Rgba colour);
  void fillConvexGradient(std::span<const Vec2> points, Vec2 from, Vec2 to, Rgba fromColour, Rgba toColour);
  void fillCircle(Vec2 centre, float radius, Rgba colour);
  void strokeArc(Vec2 centre, float radius, float fromRadians, float toRadians, float thickness, Rgba colour);
  void line(Vec2 a, Vec2 b, float thickness, Rgba colour);
  // An arrow from tail to tip built from convex parts (no spikes, no seams), its colour
  // running from tailColour to tipColour.
  void arrow(Vec2 tail, Vec2 tip, float shaftWidth, float headWidth, float headLength, Rgba tailColour, Rgba tipColour);
  void image(void* texture, const Rect& rect, Rgba tint = {1, 1, 1, 1});

  // A clip rect (intersected with the current one) for the lifetime of this object: it is
  // popped however the scope ends, so a scene that throws leaves the clip stack as it was.
  class ClipScope {
  public:
    ClipScope(Canvas& canvas, const Rect& rect);
    ~ClipScope();
    ClipScope(const ClipScope&) = delete;
    ClipScope& operator=(const ClipScope&) = delete;

  private:
    Canvas& canvas_;
  };

  // Where the canvas stands (draw list, glyph log, digit mode), and back to it: a layer
  // that throws is cut back to where it began, leaving nothing half-drawn.
  struct Mark {
    DrawListMark list;
    size_t glyphs = 0;
    bool tabular = true;
  };
  Mark mark() const;
  void rewind(const Mark& mark);

  // Text, positioned by its baseline.
  float measure(FontRole role, std::string_view text, int step = 0) const;
  // The largest ladder step from firstStep down that fits maxWidth, then an ellipsis.
  TextRun fit(FontRole role, std::string_view text, float maxWidth, int firstStep = 0) const;
  float text(const TextRun& run, Vec2 baseline, Rgba colour, Align align = Align::Left);
  float text(FontRole role, std::string_view text, Vec2 baseline, Rgba colour, Align align = Align::Left,
             float maxWidth = 0);
  float capHeight(FontRole role, int step = 0) const; // height of 'H', design units
  float ascent(FontRole role, int step = 0) const;
  float descent(FontRole role, int step = 0) const; // positive, below the baseline

  // Digits are tabular (every digit one advance, so counting figures stay still) unless
  // switched off for a static hero number, where a narrow "1" would leave gaps.
  void setTabularDigits(bool tabular) { tabular_ = tabular; }
  bool tabularDigits() const { return tabular_; }

  // Opt-in record of every glyph drawn (for tests).
  void recordGlyphs(std::vector<GlyphBox>* log) { glyphLog_ = log; }
  const FontBank& fonts() const { return fonts_; }

private:
  void pushClip(const Rect& rect);
  void popClip();
  Vec2 px(Vec2 design) const { return {design.x * scale_, design.y * scale_}; }
  float measureFont(const ImFont* font, std::string_view text) const;
  void recolour(int firstVertex, Vec2 fromPx, Vec2 toPx, Rgba fromColour, Rgba toColour);

  ImDrawList& list_;
  const FontBank& fonts_;
  int widthPx_, heightPx_;
  Shape shape_;
  float scale_;
  std::vector<GlyphBox>* glyphLog_ = nullptr;
  bool tabular_ = true;
};

// Proportional digits for the lifetime of this object.
class ProportionalDigits {
public:
  explicit ProportionalDigits(Canvas& canvas) : canvas_(canvas), was_(canvas.tabularDigits()) {
    canvas.setTabularDigits(false);
  }
  ~ProportionalDigits() { canvas_.setTabularDigits(was_); }
  ProportionalDigits(const ProportionalDigits&) = delete;
  ProportionalDigits& operator=(const ProportionalDigits&) = delete;

private:
  Canvas& canvas_;
  bool was_;
};

// Decodes UTF-8; an invalid sequence becomes U+FFFD rather than an error.
std::vector<unsigned> decodeUtf8(std::string_view text);

} // namespace landslide
