#include "HexLegend.h"

#include "kit/Look.h"
#include "kit/Motion.h"
#include "kit/Paint.h"

#include <algorithm>
#include <cmath>

namespace landslide {

namespace {

constexpr float kRowMax = 44;    // tallest legend row
constexpr float kSwatch = 12;    // legend hexagon radius
constexpr float kNetColumn = 92; // right edge of the net change, left of the seats

int counted(int from, int to, float t) { return int(std::lround(double(from) + double(to - from) * double(t))); }

const PartyTotals* partyIn(const ElectionTotals* totals, const std::string& code) {
  return totals ? totals->party(code) : nullptr;
}

} // namespace

std::vector<HexLegendRow> hexLegendRows(const Look& look, const ElectionTotals& now, const ElectionTotals* before,
                                        float update, bool gainsPage, int maxRows) {
  std::vector<const PartyTotals*> parties;
  for (const PartyTotals& p : now.parties)
    if (gainsPage ? p.gains > 0 : p.seats > 0) parties.push_back(&p);
  if (gainsPage)
    std::stable_sort(parties.begin(), parties.end(),
                     [](const PartyTotals* a, const PartyTotals* b) { return a->gains > b->gains; });
  bool anyPrevious = false;
  for (const PartyTotals& p : now.parties) anyPrevious = anyPrevious || p.previousSeats > 0;

  std::vector<HexLegendRow> rows;
  int others = 0, othersBefore = 0;
  int room = maxRows - (gainsPage || now.toDeclare == 0 ? 0 : 1);
  for (std::size_t i = 0; i < parties.size(); ++i) {
    const PartyTotals& p = *parties[i];
    const PartyTotals* was = partyIn(before, p.code);
    int value = gainsPage ? p.gains : p.seats;
    int wasValue = was ? (gainsPage ? was->gains : was->seats) : 0;
    bool last = int(rows.size()) + 1 >= room && i + 1 < parties.size();
    if (last || int(rows.size()) >= room) {
      others += value, othersBefore += wasValue;
      continue;
    }
    HexLegendRow row;
    row.party = p.code;
    row.label = look.shortName(p.code);
    row.value = counted(before ? wasValue : value, value, update);
    if (!gainsPage && anyPrevious) row.net = counted(was ? was->net() : p.net(), p.net(), update);
    row.swatch = look.colour(p.code);
    rows.push_back(row);
  }
  if (others > 0) {
    HexLegendRow row;
    row.label = "OTHERS";
    row.value = counted(before ? othersBefore : others, others, update);
    row.swatch = look.theme().others;
    rows.push_back(row);
  }
  if (!gainsPage && now.toDeclare > 0) {
    HexLegendRow row;
    row.party = "-";
    row.label = "TO DECLARE";
    row.value = counted(before ? before->toDeclare : now.toDeclare, now.toDeclare, update);
    row.swatch = HexPalette::fromTheme(look.theme()).awaiting;
    rows.push_back(row);
  }
  return rows;
}

namespace {

// 9:16 and 1:1: the count across the top, the legend's rows in columns, the key and the
// boundaries at its foot. The same figures, counting up the same way, as the 16:9 column.
void drawStacked(Canvas& canvas, const SceneInput& in, const HexMapModel& model, const HexMapOptions& options) {
  const Theme& theme = *in.theme;
  const HexComposition& comp = model.composition;
  Look look(in, in.results);
  Motion motion(in);
  const float a = model.textAlpha;
  const Rgba white = theme.lightText.withAlpha(a), muted = theme.mutedText.withAlpha(a);
  const ElectionTotals& totals = in.results->totals();
  const ElectionTotals* before = model.update < 1 && in.previous ? &in.previous->totals() : nullptr;
  const float u = model.update;
  const double E = theme.entrance.seconds;
  const float g = model.gainsPage;
  const float pageOne = std::clamp(1 - g * 2, 0.0f, 1.0f), pageTwo = std::clamp(g * 2 - 1, 0.0f, 1.0f);

  // The header: the election over the count, a rule under them.
  const Rect& head = comp.header;
  const bool footInHeader = comp.legendColumns > 1;
  std::string note = model.layout ? model.layout->label() : std::string();
  if (model.unmatched > 0)
    note = look.count(model.unmatched) + (model.unmatched == 1 ? " SEAT" : " SEATS") + " NOT ON THIS MAP";
  if (!model.layout || model.matched == 0) note = "NO SEAT OF THIS FEED IS ON THE MAP";
  std::string title = options.title.value_or("").empty() ? in.results->election().name : *options.title;
  float y = head.y + canvas.capHeight(FontRole::Label);
  float noteW = footInHeader ? canvas.text(FontRole::Label, note, {head.right(), y}, muted, Align::Right) + 40 : 0;
  canvas.text(FontRole::Label, upperText(typographic(title)), {head.x, y}, muted, Align::Left, head.w - noteW);
  y += 22 + canvas.capHeight(FontRole::Headline);
  const std::string key = pageOne > 0 ? "GAIN FROM ANOTHER PARTY" : "HELD SEATS DIMMED";
  const Rgba swatchBase = HexPalette::fromTheme(theme).awaiting;
  auto drawKey = [&](float x, float base, float width) {
    Vec2 c{x + kSwatch, base - canvas.capHeight(FontRole::Label) * 0.5f};
    fillHex(canvas, c, kSwatch, (pageOne > 0 ? look.colour("LAB") : swatchBase).withAlpha(a));
    if (pageOne > 0) fillHex(canvas, c, kSwatch * 0.34f, look.textOn("LAB", true).withAlpha(a * pageOne));
    canvas.text(FontRole::Label, key, {x + 2 * kSwatch + 14, base}, muted, Align::Left, width - 2 * kSwatch - 14);
  };
  float keyW = 0;
  if (footInHeader) { // right-aligned on the count's line
    keyW = 2 * kSwatch + 14 + canvas.measure(FontRole::Label, key);
    drawKey(head.right() - keyW, y, keyW);
    keyW += 40;
  }
  auto count = [&](int figure, const std::string& words, float alpha) {
    if (alpha <= 0) return;
    float w = canvas.text(FontRole::Headline, look.count(figure), {head.x, y}, white.withAlpha(alpha));
    canvas.text(FontRole::Body, words, {head.x + w + 16, y}, muted.withAlpha(alpha), Align::Left,
                head.w - w - 16 - keyW);
  };
  float grow = motion.enter(0.3 * E, E);
  int declared = before ? counted(before->declared, totals.declared, u) : totals.declared;
  int gains = 0, gainsBefore = 0;
  for (const PartyTotals& p : totals.parties) gains += p.gains;
  if (before)
    for (const PartyTotals& p : before->parties) gainsBefore += p.gains;
  count(int(std::lround(double(declared) * double(grow))), "OF " + look.count(totals.contests) + " DECLARED", pageOne);
  count(int(std::lround(double(before ? counted(gainsBefore, gains, u) : gains) * double(grow))),
        gains == 1 ? "GAIN" : "GAINS", pageTwo);
  canvas.fillRect({head.x, head.bottom() - 2, head.w, 2}, theme.plateEdge.withAlpha(a));

  // The legend: rows filling each column in turn, headings over every column.
  const Rect& box = comp.legend;
  const int columns = std::max(1, comp.legendColumns);
  const float gutter = 36, colW = (box.w - gutter * float(columns - 1)) / float(columns);
  const int small = 2;
  const float headBase = box.y + 14 + canvas.capHeight(FontRole::Label, small);
  bool hasNet = false;
  for (const PartyTotals& p : totals.parties) hasNet = hasNet || p.previousSeats > 0;
  auto heading = [&](const char* text, float x, float alpha) {
    if (alpha > 0)
      canvas.text({FontRole::Label, small, text, canvas.measure(FontRole::Label, text, small)}, {x, headBase},
                  muted.withAlpha(alpha), Align::Right);
  };
  const float foot = box.bottom();
  const float rowsTop = box.y + kHexStackedHead, rowsBottom = foot - (footInHeader ? 0 : kHexStackedFoot);
  auto drawRows = [&](const std::vector<HexLegendRow>& rows, float pageAlpha, bool gainsPage) {
    if (rows.empty() || pageAlpha <= 0) return;
    const int perColumn = int((rows.size() + size_t(columns) - 1) / size_t(columns));
    const int used = int((rows.size() + size_t(perColumn) - 1) / size_t(perColumn));
    for (int k = 0; k < used; ++k) {
      float right = box.x + colW * float(k + 1) + gutter * float(k);
      if (gainsPage) {
        heading("GAINS", right, pageAlpha);
      } else {
        if (hasNet) heading("CHANGE", right - kNetColumn, pageAlpha);
        heading("SEATS", right, pageAlpha);
      }
    }
    float h = std::min(kHexStackedRow, (rowsBottom - rowsTop) / float(perColumn));
    int step = stepForCapHeight(canvas, FontRole::Body, h * 0.5f);
    double stagger = std::min(theme.stagger, 0.5 / double(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const HexLegendRow& r = rows[i];
      float rowAlpha = pageAlpha * motion.enter(0.4 * E + stagger * double(i), 0.6 * E);
      if (rowAlpha <= 0) continue;
      const int k = int(i) / perColumn, j = int(i) % perColumn;
      const float x = box.x + (colW + gutter) * float(k), right = x + colW;
      float mid = rowsTop + h * (float(j) + 0.5f);
      float base = centredBaseline(canvas, FontRole::Body, mid, step);
      fillHex(canvas, {x + kSwatch, mid}, std::min(kSwatch, h * 0.34f), r.swatch.withAlpha(a * rowAlpha));
      Rgba ink = (r.party == "-" ? theme.mutedText : theme.lightText).withAlpha(a * rowAlpha);
      // The label may run up to this row's own net figure (or the seats, without one).
      std::string net = r.net ? (*r.net == 0 ? "0" : theme.formatDecimal(*r.net, 0, true)) : std::string();
      float labelRight = r.net ? right - kNetColumn - canvas.measure(FontRole::Label, net) - 14 : right - 70;
      canvas.text(canvas.fit(FontRole::Body, r.label, labelRight - (x + 2 * kSwatch + 14), step),
                  {x + 2 * kSwatch + 14, base}, ink);
      float up = motion.enter(0.4 * E + stagger * double(i), E);
      std::string value = look.count(int(std::lround(double(r.value) * double(up))));
      canvas.text({FontRole::Body, step, value, canvas.measure(FontRole::Body, value, step)}, {right, base}, ink,
                  Align::Right);
      if (r.net)
        canvas.text(FontRole::Label, net, {right - kNetColumn, centredBaseline(canvas, FontRole::Label, mid)},
                    theme.mutedText.withAlpha(a * rowAlpha), Align::Right);
    }
  };
  auto rowsOf = [&](bool gainsPage) { return hexLegendRows(look, totals, before, u, gainsPage, comp.legendRows); };
  drawRows(rowsOf(false), pageOne, false);
  drawRows(rowsOf(true), pageTwo, true);

  // 1:1: the key and the boundaries at the column's foot, as on 16:9.
  if (!footInHeader) {
    drawKey(box.x, foot - canvas.capHeight(FontRole::Label) - 20, box.w);
    canvas.text(FontRole::Label, note, {box.x, foot}, muted, Align::Left, box.w);
  }
}

} // namespace

void drawHexColumn(Canvas& canvas, const SceneInput& in, const HexMapModel& model, const HexMapOptions& options) {
  if (model.textAlpha <= 0 || !in.results) return;
  if (model.composition.stacked) return drawStacked(canvas, in, model, options);
  const Theme& theme = *in.theme;
  const Rect& col = model.composition.column;
  Look look(in, in.results);
  Motion motion(in);
  const float a = model.textAlpha;
  const Rgba white = theme.lightText.withAlpha(a), muted = theme.mutedText.withAlpha(a);
  const ElectionTotals& totals = in.results->totals();
  const ElectionTotals* before = model.update < 1 && in.previous ? &in.previous->totals() : nullptr;
  const float u = model.update;
  const double E = theme.entrance.seconds;

  // The election, then the count: a hero figure with its sentence beside it.
  std::string title = options.title.value_or("").empty() ? in.results->election().name : *options.title;
  float y = col.y + canvas.capHeight(FontRole::Label);
  canvas.text(FontRole::Label, upperText(typographic(title)), {col.x, y}, muted, Align::Left, col.w);
  y += 22 + canvas.capHeight(FontRole::Headline);
  const float g = model.gainsPage;
  auto header = [&](int figure, const std::string& words, float alpha) {
    if (alpha <= 0) return;
    float w = canvas.text(FontRole::Headline, look.count(figure), {col.x, y}, white.withAlpha(alpha));
    canvas.text(FontRole::Body, words, {col.x + w + 16, y}, muted.withAlpha(alpha), Align::Left, col.w - w - 16);
  };
  float grow = motion.enter(0.3 * E, E);
  int declared = before ? counted(before->declared, totals.declared, u) : totals.declared;
  declared = int(std::lround(double(declared) * double(grow)));
  int gains = 0, gainsBefore = 0;
  for (const PartyTotals& p : totals.parties) gains += p.gains;
  if (before)
    for (const PartyTotals& p : before->parties) gainsBefore += p.gains;
  float pageOne = std::clamp(1 - g * 2, 0.0f, 1.0f), pageTwo = std::clamp(g * 2 - 1, 0.0f, 1.0f);
  header(declared, "OF " + look.count(totals.contests) + " DECLARED", pageOne);
  header(int(std::lround(double(before ? counted(gainsBefore, gains, u) : gains) * double(grow))),
         gains == 1 ? "GAIN" : "GAINS", pageTwo);
  y += 28;
  canvas.fillRect({col.x, y, col.w, 2}, theme.plateEdge.withAlpha(a));
  y += 2;
  // Column headings, small and quiet: what the two figures of a row are.
  const int small = 2;
  y += 14 + canvas.capHeight(FontRole::Label, small);
  auto heading = [&](const char* text, float x, float alpha) {
    if (alpha > 0)
      canvas.text({FontRole::Label, small, text, canvas.measure(FontRole::Label, text, small)}, {x, y},
                  muted.withAlpha(alpha), Align::Right);
  };
  bool hasNet = false;
  for (const PartyTotals& p : totals.parties) hasNet = hasNet || p.previousSeats > 0;
  if (hasNet) heading("CHANGE", col.right() - kNetColumn, pageOne);
  heading("SEATS", col.right(), pageOne);
  heading("GAINS", col.right(), pageTwo);

  // The key and the boundaries at the foot of the column.
  float foot = col.bottom();
  const Rgba swatchBase = HexPalette::fromTheme(theme).awaiting;
  std::string note = model.layout ? model.layout->label() : std::string();
  if (model.unmatched > 0)
    note = look.count(model.unmatched) + (model.unmatched == 1 ? " SEAT" : " SEATS") + " NOT ON THIS MAP";
  if (!model.layout || model.matched == 0) note = "NO SEAT OF THIS FEED IS ON THE MAP";
  canvas.text(FontRole::Label, note, {col.x, foot}, muted, Align::Left, col.w);
  float keyBase = foot - canvas.capHeight(FontRole::Label) - 20;
  {
    Vec2 c{col.x + kSwatch, keyBase - canvas.capHeight(FontRole::Label) * 0.5f};
    Rgba lab = look.colour("LAB");
    fillHex(canvas, c, kSwatch, (pageOne > 0 ? lab : swatchBase).withAlpha(a));
    if (pageOne > 0) fillHex(canvas, c, kSwatch * 0.34f, look.textOn("LAB", true).withAlpha(a * pageOne));
    std::string key = pageOne > 0 ? "GAIN FROM ANOTHER PARTY" : "HELD SEATS DIMMED";
    canvas.text(FontRole::Label, key, {col.x + 2 * kSwatch + 14, keyBase}, muted, Align::Left,
                col.w - 2 * kSwatch - 14);
  }

  // The legend fills what is left between the rule and the key.
  float top = y + 6, bottom = keyBase - canvas.capHeight(FontRole::Label) - 28;
  auto rowsOf = [&](bool gainsPage) { return hexLegendRows(look, totals, before, u, gainsPage, options.legendRows); };
  auto drawRows = [&](const std::vector<HexLegendRow>& rows, float pageAlpha) {
    if (rows.empty() || pageAlpha <= 0) return;
    float h = std::min(kRowMax, (bottom - top) / float(rows.size()));
    int step = stepForCapHeight(canvas, FontRole::Body, h * 0.5f);
    double stagger = std::min(theme.stagger, 0.5 / double(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const HexLegendRow& r = rows[i];
      float rowAlpha = pageAlpha * motion.enter(0.4 * E + stagger * double(i), 0.6 * E);
      if (rowAlpha <= 0) continue;
      float mid = top + h * (float(i) + 0.5f);
      float base = centredBaseline(canvas, FontRole::Body, mid, step);
      float k = std::min(kSwatch, h * 0.34f);
      fillHex(canvas, {col.x + kSwatch, mid}, k, r.swatch.withAlpha(a * rowAlpha));
      Rgba ink = (r.party == "-" ? theme.mutedText : theme.lightText).withAlpha(a * rowAlpha);
      canvas.text({FontRole::Body, step, r.label, canvas.measure(FontRole::Body, r.label, step)},
                  {col.x + 2 * kSwatch + 14, base}, ink);
      // Figures count up as their row enters, as every scene's figures do.
      float grow = motion.enter(0.4 * E + stagger * double(i), E);
      std::string value = look.count(int(std::lround(double(r.value) * double(grow))));
      canvas.text({FontRole::Body, step, value, canvas.measure(FontRole::Body, value, step)}, {col.right(), base}, ink,
                  Align::Right);
      if (r.net) {
        std::string net = *r.net == 0 ? "0" : theme.formatDecimal(*r.net, 0, true);
        canvas.text(FontRole::Label, net, {col.right() - kNetColumn, centredBaseline(canvas, FontRole::Label, mid)},
                    theme.mutedText.withAlpha(a * rowAlpha), Align::Right);
      }
    }
  };
  drawRows(rowsOf(false), pageOne);
  drawRows(rowsOf(true), pageTwo);
}

} // namespace landslide
