#include "Canvas.h"

#include "feeds/base/Utf8.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace landslide {

namespace {

constexpr unsigned kEllipsis = 0x2026;

ImVec2 im(Vec2 v) { return {v.x, v.y}; }

float signedArea(std::span<const Vec2> p) {
  float area = 0;
  for (size_t i = 0; i < p.size(); ++i) {
    const Vec2& a = p[i];
    const Vec2& b = p[(i + 1) % p.size()];
    area += a.x * b.y - b.x * a.y;
  }
  return area * 0.5f;
}

} // namespace

std::vector<unsigned> decodeUtf8(std::string_view text) {
  const std::vector<char32_t> cps = utf8text::decode(text);
  return {cps.begin(), cps.end()};
}

Canvas::Canvas(ImDrawList& list, const FontBank& fonts, int widthPx, int heightPx)
    : list_(list), fonts_(fonts), widthPx_(widthPx), heightPx_(heightPx), shape_(nearestShape(widthPx, heightPx)),
      scale_(pixelScaleFor(widthPx, heightPx)) {}

void Canvas::fillRect(const Rect& r, Rgba colour, float rounding) {
  if (r.w <= 0 || r.h <= 0 || colour.a <= 0) return;
  Vec2 a = px({r.x, r.y}), b = px({r.right(), r.bottom()});
  float radius = std::max(0.0f, std::min(rounding * scale_, std::min(b.x - a.x, b.y - a.y) * 0.5f));
  // The path runs on the true edge: Dear ImGui's fringe spans half a pixel either side,
  // which is exact box-filter coverage for an axis-aligned edge.
  list_.PathRect({a.x, a.y}, {b.x, b.y}, radius);
  list_.PathFillConvex(colour.toImU32());
}

void Canvas::gradientRect(const Rect& r, Rgba from, Rgba to, bool horizontal, float rounding) {
  int first = list_.VtxBuffer.Size;
  fillRect(r, {1, 1, 1, 1}, rounding);
  Vec2 p0 = px({r.x, r.y});
  Vec2 p1 = horizontal ? px({r.right(), r.y}) : px({r.x, r.bottom()});
  recolour(first, p0, p1, from, to);
}

void Canvas::fillConvex(std::span<const Vec2> points, Rgba colour) {
  if (points.size() < 3 || colour.a <= 0) return;
  std::vector<Vec2> p(points.size());
  std::transform(points.begin(), points.end(), p.begin(), [&](Vec2 v) { return px(v); });
  // Dear ImGui's anti-aliased fill wants clockwise points (on screen) for an outward fringe.
  if (signedArea(p) < 0) std::reverse(p.begin(), p.end());
  std::vector<ImVec2> im(p.size());
  std::transform(p.begin(), p.end(), im.begin(), [](Vec2 v) { return ImVec2(v.x, v.y); });
  list_.AddConvexPolyFilled(im.data(), int(im.size()), colour.toImU32());
}

void Canvas::fillConvexGradient(std::span<const Vec2> points, Vec2 from, Vec2 to, Rgba fromColour, Rgba toColour) {
  int first = list_.VtxBuffer.Size;
  fillConvex(points, {1, 1, 1, 1});
  recolour(first, px(from), px(to), fromColour, toColour);
}

void Canvas::fillCircle(Vec2 centre, float radius, Rgba colour) {
  list_.AddCircleFilled(im(px(centre)), std::max(0.0f, radius * scale_), colour.toImU32(), 0);
}

void Canvas::strokeArc(Vec2 centre, float radius, float a0, float a1, float thickness, Rgba colour) {
  list_.PathArcTo(im(px(centre)), radius * scale_, a0, a1, 0);
  list_.PathStroke(colour.toImU32(), 0, thickness * scale_);
}

void Canvas::line(Vec2 a, Vec2 b, float thickness, Rgba colour) {
  float dx = b.x - a.x, dy = b.y - a.y, len = std::hypot(dx, dy);
  if (len <= 0) return;
  float nx = -dy / len * thickness * 0.5f, ny = dx / len * thickness * 0.5f;
  const Vec2 quad[] = {{a.x + nx, a.y + ny}, {b.x + nx, b.y + ny}, {b.x - nx, b.y - ny}, {a.x - nx, a.y - ny}};
  fillConvex(quad, colour);
}

void Canvas::arrow(Vec2 tail, Vec2 tip, float shaftWidth, float headWidth, float headLength, Rgba tailColour,
                   Rgba tipColour) {
  float dx = tip.x - tail.x, dy = tip.y - tail.y, len = std::hypot(dx, dy);
  if (len <= 0) return;
  float ux = dx / len, uy = dy / len, nx = -uy, ny = ux;
  headLength = std::min(headLength, len);
  Vec2 base{tip.x - ux * headLength, tip.y - uy * headLength};
  // The shaft runs a little under the head so the two fringes never leave a seam.
  float under = std::min(headLength * 0.5f, 4.0f);
  Vec2 shaftEnd{base.x + ux * under, base.y + uy * under};
  float s = shaftWidth * 0.5f, h = headWidth * 0.5f;
  const Vec2 shaft[] = {{tail.x + nx * s, tail.y + ny * s},
                        {shaftEnd.x + nx * s, shaftEnd.y + ny * s},
                        {shaftEnd.x - nx * s, shaftEnd.y - ny * s},
                        {tail.x - nx * s, tail.y - ny * s}};
  const Vec2 head[] = {{base.x + nx * h, base.y + ny * h}, tip, {base.x - nx * h, base.y - ny * h}};
  if (len > headLength) fillConvexGradient(shaft, tail, tip, tailColour, tipColour);
  fillConvexGradient(head, tail, tip, tailColour, tipColour);
}

void Canvas::image(void* texture, const Rect& r, Rgba tint) {
  list_.AddImage(texture, im(px({r.x, r.y})), im(px({r.right(), r.bottom()})), {0, 0}, {1, 1}, tint.toImU32());
}

void Canvas::pushClip(const Rect& r) { list_.PushClipRect(im(px({r.x, r.y})), im(px({r.right(), r.bottom()})), true); }
void Canvas::popClip() { list_.PopClipRect(); }

Canvas::ClipScope::ClipScope(Canvas& canvas, const Rect& rect) : canvas_(canvas) { canvas_.pushClip(rect); }
Canvas::ClipScope::~ClipScope() { canvas_.popClip(); }

Canvas::Mark Canvas::mark() const { return {markDrawList(list_), glyphLog_ ? glyphLog_->size() : 0, tabular_}; }

void Canvas::rewind(const Mark& mark) {
  rewindDrawList(list_, mark.list);
  if (glyphLog_ && glyphLog_->size() > mark.glyphs) glyphLog_->resize(mark.glyphs);
  tabular_ = mark.tabular;
}

void Canvas::recolour(int first, Vec2 p0, Vec2 p1, Rgba c0, Rgba c1) {
  float dx = p1.x - p0.x, dy = p1.y - p0.y, len2 = dx * dx + dy * dy;
  for (int i = first; i < list_.VtxBuffer.Size; ++i) {
    ImDrawVert& v = list_.VtxBuffer[i];
    float t = len2 > 0 ? std::clamp(((v.pos.x - p0.x) * dx + (v.pos.y - p0.y) * dy) / len2, 0.0f, 1.0f) : 0;
    float coverage = float((v.col >> 24) & 0xFF) / 255.0f;
    v.col = lerp(c0, c1, t).withAlpha(coverage).toImU32();
  }
}

// ---- text ----

float Canvas::measureFont(const ImFont* font, std::string_view text) const {
  float digit = fonts_.digitAdvance(font), width = 0;
  for (unsigned cp : decodeUtf8(text))
    width += (tabular_ && cp >= '0' && cp <= '9') ? digit : font->GetCharAdvance(ImWchar(cp > 0xFFFF ? 0xFFFD : cp));
  return width;
}

float Canvas::measure(FontRole role, std::string_view text, int step) const {
  return measureFont(fonts_.font(role, step), text) / scale_;
}

TextRun Canvas::fit(FontRole role, std::string_view text, float maxWidth, int firstStep) const {
  const int last = int(FontBank::kLadder.size()) - 1;
  for (int step = std::clamp(firstStep, 0, last); step <= last; ++step) {
    float w = measure(role, text, step);
    if (maxWidth <= 0 || w <= maxWidth) return {role, step, std::string(text), w};
  }
  // Still too wide at the smallest size: cut at a code point and add an ellipsis.
  const ImFont* font = fonts_.font(role, last);
  std::string ellipsis = font->FindGlyphNoFallback(ImWchar(kEllipsis)) ? "\xE2\x80\xA6" : "...";
  // The cut keeps the longest prefix that fits with the ellipsis, never ending on a space
  // or comma. Widths only grow with the prefix (advances are never negative), so a binary
  // search over the cut points finds the same prefix as trying them one at a time, in
  // log2(n) measurements instead of n: a 100 KB title took ~100 s a frame that way.
  const std::vector<unsigned> cps = decodeUtf8(text);
  std::vector<std::size_t> cuts{0}; // kept lengths, ascending; 0: the ellipsis alone
  for (std::size_t n = 1; n < cps.size(); ++n)
    if (cps[n - 1] != ' ' && cps[n - 1] != ',') cuts.push_back(n);
  auto candidate = [&](std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) utf8text::append(out, char32_t(cps[i]));
    return out + ellipsis;
  };
  std::size_t fitting = 0; // cuts[0, fitting) fit
  for (std::size_t hi = cuts.size(); fitting < hi;) {
    const std::size_t mid = fitting + (hi - fitting) / 2;
    if (measure(role, candidate(cuts[mid]), last) <= maxWidth)
      fitting = mid + 1;
    else
      hi = mid;
  }
  if (fitting == 0) return {role, last, std::string(), 0};
  std::string best = candidate(cuts[fitting - 1]);
  const float w = measure(role, best, last);
  return {role, last, std::move(best), w};
}

float Canvas::text(const TextRun& run, Vec2 baseline, Rgba colour, Align align) {
  const ImFont* font = fonts_.font(run.role, run.step);
  const float digit = fonts_.digitAdvance(font);
  float widthPx = run.width * scale_;
  Vec2 p = px(baseline);
  float x = p.x - (align == Align::Centre ? widthPx * 0.5f : align == Align::Right ? widthPx : 0.0f);
  x = std::round(x);
  const float top = std::round(p.y) - font->Ascent;
  const ImU32 col = colour.toImU32();
  for (unsigned cp : decodeUtf8(run.text)) {
    ImWchar c = ImWchar(cp > 0xFFFF ? 0xFFFD : cp);
    const ImFontGlyph* glyph = font->FindGlyph(c);
    bool isDigit = tabular_ && cp >= '0' && cp <= '9';
    float advance = isDigit ? digit : (glyph ? glyph->AdvanceX : 0);
    float offset = isDigit && glyph ? std::round((digit - glyph->AdvanceX) * 0.5f) : 0;
    if (glyph && glyph->Visible) {
      font->RenderChar(&list_, font->FontSize, {x + offset, top}, col, c);
      if (glyphLog_)
        glyphLog_->push_back({cp, x + offset + glyph->X0, top + glyph->Y0, x + offset + glyph->X1, top + glyph->Y1});
    }
    x += advance;
  }
  return run.width;
}

float Canvas::text(FontRole role, std::string_view text, Vec2 baseline, Rgba colour, Align align, float maxWidth) {
  return this->text(fit(role, text, maxWidth), baseline, colour, align);
}

float Canvas::capHeight(FontRole role, int step) const {
  const ImFont* font = fonts_.font(role, step);
  const ImFontGlyph* h = font->FindGlyphNoFallback(ImWchar('H'));
  return (h ? h->Y1 - h->Y0 : font->Ascent * 0.7f) / scale_;
}

float Canvas::ascent(FontRole role, int step) const { return fonts_.font(role, step)->Ascent / scale_; }
float Canvas::descent(FontRole role, int step) const { return -fonts_.font(role, step)->Descent / scale_; }

} // namespace landslide
